package app.debrief.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import app.debrief.base.InvalidInputException;

/** Account input that breaks a rule, each problem tied to the field it is about, to show there. */
public class InvalidAccountFieldsException extends InvalidInputException {

    private final Map<AccountField, String> problemsByField;

    public InvalidAccountFieldsException(Map<AccountField, String> problemsByField) {
        super(new ArrayList<>(new EnumMap<>(problemsByField).values()));
        this.problemsByField = Collections.unmodifiableMap(new EnumMap<>(problemsByField));
    }

    public InvalidAccountFieldsException(AccountField field, String problem) {
        this(Map.of(field, problem));
    }

    public Map<AccountField, String> problemsByField() {
        return problemsByField;
    }
}
