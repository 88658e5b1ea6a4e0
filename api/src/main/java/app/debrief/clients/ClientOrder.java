package app.debrief.clients;

/** One sort column and its direction; ties are broken by name, then id, so pages never overlap. */
public record ClientOrder(ClientSort by, boolean descending) {

    public static final ClientOrder BY_NAME = new ClientOrder(ClientSort.NAME, false);
}
