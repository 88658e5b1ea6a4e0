package app.debrief.templates.ui;

import java.util.List;

import app.debrief.clients.ClientSummary;
import app.debrief.clients.ui.ClientSelectionAction;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.TemplateLibraryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The client book's bulk actions from the templates feature: a library for every selected client, or none. */
@Configuration(proxyBeanMethods = false)
class LibrarySelectionActions {

    @Bean
    @Order(1)
    ClientSelectionAction assignLibraryToSelection(TemplateLibraryService libraries,
            LibraryAssignmentService assignments) {
        return action("Assign library\u2026", true, libraries, assignments);
    }

    @Bean
    @Order(2)
    ClientSelectionAction removeLibraryFromSelection(TemplateLibraryService libraries,
            LibraryAssignmentService assignments) {
        return action("Remove library\u2026", false, libraries, assignments);
    }

    private static ClientSelectionAction action(String label, boolean assign, TemplateLibraryService libraries,
            LibraryAssignmentService assignments) {
        return new ClientSelectionAction() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void open(List<ClientSummary> selected, Runnable done) {
                new SelectedClientsLibraryDialog(assign, selected, libraries, assignments, done).open();
            }
        };
    }
}
