package app.debrief.requests.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import app.debrief.base.InvalidInputException;
import app.debrief.requests.Channel;
import app.debrief.requests.RejectionDraft;
import app.debrief.requests.RequestTimelineService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A rejection the client told the coach about: it becomes a request with the 24-hour clock
 * running from when it arrived. The request id is chosen when the dialog opens, so a double click
 * logs it once.
 */
final class LogRejectionDialog extends Dialog {

    private final UUID requestId = UUID.randomUUID();
    private final TextField company = new TextField("Company");
    private final TextField role = new TextField("Role");
    private final TextField interviewer = new TextField("Interviewer");
    private final Select<Channel> channel = new Select<>();
    private final DateTimePicker arrived = new DateTimePicker("When it arrived");

    LogRejectionDialog(UUID clientId, String clientName, RequestTimelineService timelines, Clock clock,
            Runnable saved) {
        ZoneId zone = timelines.practiceZone();
        setHeaderTitle("Log a rejection for " + clientName);
        company.setMaxLength(120);
        company.setRequiredIndicatorVisible(true);
        role.setMaxLength(120);
        role.setHelperText("Optional.");
        interviewer.setMaxLength(120);
        interviewer.setHelperText("Optional: templates greet them by name.");
        channel.setLabel("How it arrived");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> value == Channel.PHONE ? "By phone" : "By email");
        channel.setValue(Channel.EMAIL);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        arrived.setValue(now);
        arrived.setMax(now.plusMinutes(5));
        arrived.setStep(java.time.Duration.ofMinutes(15));
        arrived.setHelperText("In the practice's time zone (" + zone.getId() + "). The 24-hour clock starts here.");
        arrived.setRequiredIndicatorVisible(true);
        var form = new FormLayout(company, role, interviewer, channel, arrived);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(arrived, 2);
        form.setWidth("34rem");
        add(form);

        var save = new Button("Log rejection", click -> {
            if (company.getValue().isBlank()) {
                company.setErrorMessage("Say which employer rejected the client.");
                company.setInvalid(true);
                return;
            }
            if (arrived.getValue() == null) {
                arrived.setErrorMessage("Say when the rejection arrived.");
                arrived.setInvalid(true);
                return;
            }
            try {
                timelines.logRejection(clientId, requestId, new RejectionDraft(company.getValue(), role.getValue(),
                        interviewer.getValue(), channel.getValue(), arrived.getValue().atZone(zone).toInstant()));
                Problems.saved("Rejection from " + company.getValue().strip() + " logged: the 24-hour clock is running.");
                close();
                saved.run();
            } catch (InvalidInputException e) {
                Problems.show(e.problems(), Map.of("Company", company, "Role", role, "Interviewer", interviewer,
                        "When it arrived", arrived));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(opened -> company.focus());
    }
}
