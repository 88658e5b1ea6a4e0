package app.debrief.requests.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import app.debrief.base.InvalidInputException;
import app.debrief.requests.ReportedOutcome;
import app.debrief.requests.RequestState;
import app.debrief.requests.RequestTimelineService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/**
 * The outcome a client reported by phone. The event id is chosen when the dialog opens, so saving
 * twice (a double click, a retry) records the outcome once.
 */
final class LogOutcomeDialog extends Dialog {

    private final UUID eventId = UUID.randomUUID();
    private final RadioButtonGroup<ReportedOutcome> outcome = new RadioButtonGroup<>("What happened?");
    private final DateTimePicker when = new DateTimePicker("When");

    LogOutcomeDialog(UUID requestId, String company, RequestTimelineService timelines, Clock clock, Runnable saved) {
        ZoneId zone = timelines.practiceZone();
        setHeaderTitle("Log the outcome with " + company);
        outcome.setItems(ReportedOutcome.values());
        outcome.setItemLabelGenerator(RequestLabels::outcome);
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setRequiredIndicatorVisible(true);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        when.setValue(now);
        when.setMax(now.plusMinutes(5));
        when.setStep(java.time.Duration.ofMinutes(15));
        when.setHelperText("In the practice's time zone (" + zone.getId() + ").");
        when.setRequiredIndicatorVisible(true);
        var form = new FormLayout(outcome, when);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("26rem");
        add(form);

        var save = new Button("Save outcome", click -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage("Choose what happened.");
                outcome.setInvalid(true);
                return;
            }
            if (when.getValue() == null) {
                when.setErrorMessage("Say when it happened.");
                when.setInvalid(true);
                return;
            }
            try {
                RequestState state = timelines.logOutcome(requestId, eventId, outcome.getValue(),
                        when.getValue().atZone(zone).toInstant());
                Problems.saved("Outcome saved: the request is now \"" + RequestLabels.state(state) + "\".");
                close();
                saved.run();
            } catch (InvalidInputException e) {
                Problems.show(e.problems(), Map.of("When", when));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(opened -> outcome.getElement().callJsFunction("focus"));
    }
}
