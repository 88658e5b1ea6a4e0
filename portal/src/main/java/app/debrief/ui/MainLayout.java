package app.debrief.ui;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.ui.AccountView;
import app.debrief.clients.ui.ClientsView;
import app.debrief.practice.ui.PracticeSettingsView;
import app.debrief.reports.ui.ReportsView;
import app.debrief.team.ui.CoachesView;
import app.debrief.templates.ui.LibrariesView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in page: navigation on the left, who is signed in and sign-out on top. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var brand = new Span("Debrief");
        brand.addClassName("debrief-brand");
        var brandBar = new Div(brand);
        brandBar.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        var coach = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow();
        addToDrawer(brandBar, navigation(coach.isOwner()));

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var spacer = new Div();
        var header = new HorizontalLayout(toggle, spacer, userMenu(authentication));
        header.setWidthFull();
        header.setFlexGrow(1, spacer);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    private static SideNav navigation(boolean owner) {
        var nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD.create()));
        // a template's editor and a client's pages sit under these two: the item stays lit there
        var templates = new SideNavItem("Templates", LibrariesView.class, VaadinIcon.FILE_TEXT_O.create());
        templates.setMatchNested(true);
        nav.addItem(templates);
        var clients = new SideNavItem("Clients", ClientsView.class, VaadinIcon.USERS.create());
        clients.setMatchNested(true);
        nav.addItem(clients);
        nav.addItem(new SideNavItem("Reports", ReportsView.class, VaadinIcon.CHART.create()));
        if (owner) {
            nav.addItem(new SideNavItem("Coaches", CoachesView.class, VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem("Practice settings", PracticeSettingsView.class, VaadinIcon.COG.create()));
        }
        nav.addItem(new SideNavItem("Account", AccountView.class, VaadinIcon.USER.create()));
        nav.getStyle().set("margin", "0 var(--lumo-space-s)");
        return nav;
    }

    private static MenuBar userMenu(AuthenticationContext authentication) {
        var coach = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow();
        var avatar = new Avatar(coach.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var label = new HorizontalLayout(avatar, new Span(coach.displayName()));
        label.setSpacing(true);
        label.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem(label);
        item.getSubMenu().addItem(coach.isOwner() ? "Practice owner" : "Coach").setEnabled(false);
        item.getSubMenu().addItem("Sign out", click -> authentication.logout());
        return menu;
    }
}
