package app.debrief.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import app.debrief.base.InvalidInputException;

/** Settings that break a rule; each problem names its field and is tied to it, for the form. */
public class InvalidSettingsException extends InvalidInputException {

    private final Map<SettingsField, String> problemsByField;

    public InvalidSettingsException(Map<SettingsField, String> problemsByField) {
        super(new ArrayList<>(new EnumMap<>(problemsByField).values()));
        this.problemsByField = Collections.unmodifiableMap(new EnumMap<>(problemsByField));
    }

    public Map<SettingsField, String> problemsByField() {
        return problemsByField;
    }
}
