package app.debrief.team.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import app.debrief.base.InvalidInputException;
import app.debrief.team.CoachSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * The confirmation before disabling a coach, and the one question it needs answered: which
 * enabled coach takes over their clients.
 */
final class DisableCoachDialog extends Dialog {

    private final ComboBox<CoachSummary> successor = new ComboBox<>();
    private final Paragraph problem = new Paragraph();

    DisableCoachDialog(CoachSummary coach, List<CoachSummary> enabledOthers,
            BiConsumer<CoachSummary, @Nullable UUID> disable) {
        setHeaderTitle("Disable " + coach.displayName() + "?");
        var explanation = new Paragraph(coach.displayName() + " will no longer be able to sign in; if they are "
                + "signed in now, their session ends at their next click. You can enable them again later.");
        explanation.setMaxWidth("30rem");
        add(explanation);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);

        var confirm = new Button("Disable", click -> confirm(coach, disable));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        if (coach.clients() > 0) {
            successor.setLabel("Who takes over " + (coach.clients() == 1 ? "their client?"
                    : "their " + coach.clients() + " clients?"));
            successor.setItems(enabledOthers);
            successor.setItemLabelGenerator(CoachSummary::displayName);
            successor.setRequired(true);
            successor.setRequiredIndicatorVisible(true);
            successor.setWidthFull();
            add(successor);
            if (enabledOthers.isEmpty()) {
                showProblem("No other coach is enabled to take them over: invite or enable one first.");
                confirm.setEnabled(false);
            }
        }
        add(problem);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        addOpenedChangeListener(opened -> {
            if (coach.clients() > 0) {
                successor.focus();
            }
        });
    }

    private void confirm(CoachSummary coach, BiConsumer<CoachSummary, @Nullable UUID> disable) {
        if (coach.clients() > 0 && successor.getValue() == null) {
            successor.setErrorMessage("Choose who takes over " + coach.displayName() + "'s clients.");
            successor.setInvalid(true);
            return;
        }
        try {
            disable.accept(coach, successor.getValue() == null ? null : successor.getValue().id());
        } catch (InvalidInputException e) {
            showProblem(e.getMessage());
            return;
        }
        close();
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
