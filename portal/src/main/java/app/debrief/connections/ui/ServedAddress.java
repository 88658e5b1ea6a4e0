package app.debrief.connections.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address this portal is being served on, as the browser reached it: the default public address. */
public final class ServedAddress {

    private ServedAddress() {
    }

    public static String current() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080";
        }
        var http = request.getHttpServletRequest();
        return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort();
    }
}
