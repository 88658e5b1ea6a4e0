package app.debrief.requests.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Shows the service's validation problems ("Company: …") at the fields they name; a problem no
 * field claims is shown as a notification.
 */
final class Problems {

    private Problems() {
    }

    static void show(List<String> problems, Map<String, HasValidation> fields) {
        for (String problem : problems) {
            int colon = problem.indexOf(':');
            HasValidation field = colon < 0 ? null : fields.get(problem.substring(0, colon));
            if (field == null) {
                Notification.show(problem, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                field.setErrorMessage(problem.substring(colon + 1).strip());
                field.setInvalid(true);
            }
        }
    }

    static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
