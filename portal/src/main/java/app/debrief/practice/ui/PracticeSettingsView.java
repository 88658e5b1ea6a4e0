package app.debrief.practice.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import app.debrief.accounts.Roles;
import app.debrief.connections.ui.ServedAddress;
import app.debrief.practice.FollowUpTemplateChoice;
import app.debrief.practice.InvalidSettingsException;
import app.debrief.practice.PracticeSettings;
import app.debrief.practice.PracticeSettingsService;
import app.debrief.practice.SettingsField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The practice's settings, for its owner: the service checks every value, and each refused one shows
 * its reason beside its field.
 */
@Route("settings")
@PageTitle("Practice settings · Debrief")
@RolesAllowed(Roles.OWNER)
public class PracticeSettingsView extends VerticalLayout {

    private final PracticeSettingsService settings;
    private final TextField name = new TextField("Practice name");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final IntegerField noReplyDays = new IntegerField("No-reply days");
    private final IntegerField followUpDay = new IntegerField("Follow-up day");
    private final ComboBox<FollowUpTemplateChoice> followUpTemplate = new ComboBox<>("Follow-up template");
    private final TextField publicAddress = new TextField("Public address");

    public PracticeSettingsView(PracticeSettingsService settings) {
        this.settings = settings;
        setPadding(true);
        var intro = new Paragraph("These settings apply to every coach and client of the practice.");
        intro.addClassName("debrief-muted");
        configureFields();

        var form = new FormLayout(name, timeZone, noReplyDays, followUpDay, followUpTemplate, publicAddress);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(followUpTemplate, 2);
        form.setColspan(publicAddress, 2);
        form.setMaxWidth("52rem");

        var save = new Button("Save settings", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var card = new VerticalLayout(form, save);
        card.addClassName("debrief-card");
        card.setMaxWidth("56rem");
        add(new H1("Practice settings"), intro, card);
        show(settings.settings());
    }

    private void configureFields() {
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setHelperText("Dates in reports and the 24-hour clock follow this zone.");
        timeZone.setRequiredIndicatorVisible(true);
        noReplyDays.setHelperText("Days after sending with no reply before a request counts as unanswered (1\u201390).");
        noReplyDays.setStepButtonsVisible(true);
        followUpDay.setHelperText("The day after sending when the extension offers one polite follow-up (1\u201360), "
                + "before the no-reply days.");
        followUpDay.setStepButtonsVisible(true);
        List<FollowUpTemplateChoice> choices = settings.followUpTemplates();
        followUpTemplate.setItems(choices);
        followUpTemplate.setItemLabelGenerator(choice -> choice.name() + " \u00b7 " + choice.libraryName());
        followUpTemplate.setClearButtonVisible(true);
        followUpTemplate.setPlaceholder("None");
        followUpTemplate.setHelperText(choices.isEmpty()
                ? "Publish a follow-up template in a library first; then every client can be offered it."
                : "Offered to every client for the follow-up, even when its library is not assigned to them.");
        String served = ServedAddress.current();
        publicAddress.setPlaceholder(served);
        publicAddress.setMaxLength(255);
        publicAddress.setHelperText("The address the browser extension reaches Debrief on; connection codes carry "
                + "it. Leave empty for the address this portal is served on (" + served + ").");
        for (HasValidation field : List.<HasValidation>of(name, timeZone, noReplyDays, followUpDay, followUpTemplate,
                publicAddress)) {
            field.setManualValidation(true);
        }
    }

    private void show(PracticeSettings current) {
        name.setValue(current.name());
        timeZone.setValue(current.timeZone());
        noReplyDays.setValue(current.noReplyDays());
        followUpDay.setValue(current.followUpDay());
        followUpTemplate.setValue(followUpTemplate.getListDataView().getItems()
                .filter(choice -> choice.id().equals(current.followUpTemplateId())).findFirst().orElse(null));
        publicAddress.setValue(current.publicAddress() == null ? "" : current.publicAddress());
    }

    private void save() {
        for (HasValidation field : List.<HasValidation>of(name, timeZone, noReplyDays, followUpDay, followUpTemplate,
                publicAddress)) {
            field.setInvalid(false);
        }
        if (noReplyDays.getValue() == null || followUpDay.getValue() == null) {
            if (noReplyDays.getValue() == null) {
                refuse(noReplyDays, "No-reply days must be a whole number between 1 and 90.");
            }
            if (followUpDay.getValue() == null) {
                refuse(followUpDay, "Follow-up day must be a whole number between 1 and 60.");
            }
            return;
        }
        FollowUpTemplateChoice template = followUpTemplate.getValue();
        try {
            settings.update(new PracticeSettings(name.getValue(), timeZone.getValue() == null ? ""
                    : timeZone.getValue(), noReplyDays.getValue(), followUpDay.getValue(),
                    template == null ? null : template.id(), publicAddress.getValue()));
        } catch (InvalidSettingsException e) {
            showAtFields(e.problemsByField());
            return;
        }
        show(settings.settings());
        Notification.show("Saved the practice settings.", 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showAtFields(Map<SettingsField, String> problems) {
        problems.forEach((field, problem) -> refuse(switch (field) {
            case NAME -> name;
            case TIME_ZONE -> timeZone;
            case NO_REPLY_DAYS -> noReplyDays;
            case FOLLOW_UP_DAY -> followUpDay;
            case FOLLOW_UP_TEMPLATE -> followUpTemplate;
            case PUBLIC_ADDRESS -> publicAddress;
        }, problem));
    }

    private static void refuse(HasValidation field, @Nullable String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }
}
