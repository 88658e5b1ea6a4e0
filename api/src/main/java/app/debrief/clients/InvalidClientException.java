package app.debrief.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import app.debrief.base.InvalidInputException;

/** A client draft that breaks a rule, with each problem tied to the field it is about. */
public class InvalidClientException extends InvalidInputException {

    private final Map<ClientField, String> problemsByField;

    public InvalidClientException(Map<ClientField, String> problemsByField) {
        super(new ArrayList<>(new EnumMap<>(problemsByField).values()));
        this.problemsByField = Collections.unmodifiableMap(new EnumMap<>(problemsByField));
    }

    public Map<ClientField, String> problemsByField() {
        return problemsByField;
    }
}
