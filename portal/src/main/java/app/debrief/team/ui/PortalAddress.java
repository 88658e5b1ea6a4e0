package app.debrief.team.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address this portal is being served on, for the links the owner hands over. */
final class PortalAddress {

    private PortalAddress() {
    }

    static String current() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(http.getScheme()) && port == 80)
                || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                + http.getContextPath();
    }
}
