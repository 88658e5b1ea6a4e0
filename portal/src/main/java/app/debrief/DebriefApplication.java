package app.debrief;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Debrief: the coaches' portal and the extension's API, in one process. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/debrief.css")
@ColorScheme(ColorScheme.Value.LIGHT)
public class DebriefApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // jOOQ's banner and tips are noise in a product's log
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(DebriefApplication.class, args);
    }
}
