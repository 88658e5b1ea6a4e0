package app.debrief.clients;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.InvalidInputException;
import app.debrief.clients.ClientRepository.NewClient;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds clients from a CSV file: first a preview of every row with its problems, then the import, in
 * one transaction, so it is all there or none of it. The file is checked again when importing: the
 * preview only shows what would happen.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class ClientImportService {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    static final int BATCH = 250;
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String TARGET_FIELD = "target_field";
    static final String COACH_EMAIL = "coach_email";

    private final ClientRepository clients;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    ClientImportService(ClientRepository clients, CurrentCoach currentCoach, Clock clock) {
        this.clients = clients;
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        return check(currentCoach.require(), file).preview();
    }

    /**
     * Writes the file's clients, all of them or (explicitly) the good rows only, and returns how many.
     * Refused with {@link InvalidInputException} when the file or (for {@link ImportChoice#ALL_ROWS}) a
     * row has a problem; {@link ImportConflictException} when an email was taken meanwhile: then nothing
     * is written.
     */
    public int importClients(byte[] file, ImportChoice choice, ImportProgress progress) {
        CoachPrincipal coach = currentCoach.require();
        Checked checked = check(coach, file);
        ImportPreview preview = checked.preview();
        if (!preview.isReadable()) {
            throw new InvalidInputException(preview.fileProblems());
        }
        if (choice == ImportChoice.ALL_ROWS && preview.badRows() > 0) {
            throw new InvalidInputException(rows(preview.badRows()) + " of the file "
                    + (preview.badRows() == 1 ? "has a problem" : "have problems")
                    + ", so nothing was imported: fix the file, or import only the good rows.");
        }
        List<NewClient> good = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            if (row.isGood()) {
                good.add(new NewClient(UUID.randomUUID(), checked.coachOfRow().get(row.row()), row.name(), row.email(),
                        row.targetField()));
            }
        }
        if (good.isEmpty()) {
            throw new InvalidInputException("No row of the file can be imported.");
        }
        Instant now = clock.instant();
        try {
            for (int from = 0; from < good.size(); from += BATCH) {
                int to = Math.min(from + BATCH, good.size());
                clients.insertAll(coach.practiceId(), good.subList(from, to), now);
                progress.written(to, good.size());
            }
        } catch (DuplicateKeyException e) {
            throw new ImportConflictException();
        }
        return good.size();
    }

    private record Checked(ImportPreview preview, Map<Integer, UUID> coachOfRow) {
    }

    private Checked check(CoachPrincipal coach, byte[] file) {
        if (file.length > MAX_BYTES) {
            return refused("The file is larger than 1 MB: split it into smaller files.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return refused("The file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(text).stream().filter(row -> !row.isBlank()).toList();
        } catch (CsvReader.UnclosedQuoteException e) {
            return refused(e.getMessage());
        }
        if (rows.isEmpty()) {
            return refused("The file is empty: its first row names the columns name, email and target_field.");
        }
        var columns = new LinkedHashMap<String, Integer>();
        var headerProblems = new ArrayList<String>();
        List<String> header = rows.getFirst().cells();
        Set<String> known = coach.isOwner() ? Set.of(NAME, EMAIL, TARGET_FIELD, COACH_EMAIL)
                : Set.of(NAME, EMAIL, TARGET_FIELD);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (column.equals(COACH_EMAIL) && !coach.isOwner()) {
                headerProblems.add("Only the practice owner chooses coaches: remove the coach_email column.");
            } else if (!known.contains(column)) {
                headerProblems.add("The header names an unknown column \"" + header.get(i).strip()
                        + "\": the columns are name, email and target_field"
                        + (coach.isOwner() ? ", and coach_email" : "") + ".");
            } else if (columns.putIfAbsent(column, i) != null) {
                headerProblems.add("The header names the column " + column + " twice.");
            }
        }
        for (String required : List.of(NAME, EMAIL)) {
            if (!columns.containsKey(required)) {
                headerProblems.add("The header row has no " + required + " column: the first row names the "
                        + "columns name, email and target_field, in any order.");
            }
        }
        if (!headerProblems.isEmpty()) {
            return new Checked(new ImportPreview(List.of(), headerProblems), Map.of());
        }
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            return refused("The file has its header row but no clients.");
        }
        if (data.size() > MAX_ROWS) {
            return refused("The file has " + String.format(Locale.UK, "%,d", data.size()) + " clients: import at most "
                    + String.format(Locale.UK, "%,d", MAX_ROWS) + " at a time.");
        }
        return checkRows(coach, header.size(), columns, data);
    }

    private Checked checkRows(CoachPrincipal coach, int width, Map<String, Integer> columns,
            List<CsvReader.Row> data) {
        var drafts = data.stream().map(row -> draft(row, width, columns)).toList();
        var emails = drafts.stream().map(Draft::email).filter(email -> email != null && isEmail(email))
                .map(email -> email.toLowerCase(Locale.ROOT)).toList();
        Set<String> taken = clients.takenEmails(coach.practiceId(), emails);
        var coachEmails = drafts.stream().map(Draft::coachEmail).filter(email -> email != null).toList();
        Map<String, UUID> coaches = clients.coachesByEmail(coach.practiceId(), coachEmails);

        var firstRowOfEmail = new HashMap<String, Integer>();
        var coachOfRow = new HashMap<Integer, UUID>();
        var checked = new ArrayList<ImportRow>();
        for (Draft draft : drafts) {
            var problems = new ArrayList<>(draft.problems());
            String email = draft.email();
            if (email != null && isEmail(email)) {
                String key = email.toLowerCase(Locale.ROOT);
                Integer first = firstRowOfEmail.putIfAbsent(key, draft.row());
                if (first != null) {
                    problems.add("Email " + email + " is also on row " + first + ".");
                } else if (taken.contains(key)) {
                    problems.add("A client of the practice already has the email " + email + ".");
                }
            }
            UUID assignee = coach.coachId();
            if (draft.coachEmail() != null) {
                assignee = coaches.get(draft.coachEmail());
                if (assignee == null) {
                    problems.add("No coach of the practice signs in with " + draft.coachEmail() + ".");
                }
            }
            if (problems.isEmpty()) {
                coachOfRow.put(draft.row(), assignee);
            }
            checked.add(new ImportRow(draft.row(), draft.name(), email, draft.targetField(), draft.coachEmail(),
                    problems));
        }
        return new Checked(new ImportPreview(checked, List.of()), coachOfRow);
    }

    private record Draft(int row, String name, @Nullable String email, @Nullable String targetField,
            @Nullable String coachEmail, List<String> problems) {
    }

    private static Draft draft(CsvReader.Row row, int width, Map<String, Integer> columns) {
        var problems = new ArrayList<String>();
        if (row.cells().size() > width) {
            problems.add("This row has " + row.cells().size() + " cells but the header names " + width + " columns.");
        }
        String name = cell(row, columns.get(NAME));
        String email = blankToNull(cell(row, columns.get(EMAIL)));
        String targetField = blankToNull(cell(row, columns.get(TARGET_FIELD)));
        String coachEmail = blankToNull(cell(row, columns.get(COACH_EMAIL)));
        if (name.isEmpty()) {
            problems.add("Name is missing.");
        } else if (name.length() > 120) {
            problems.add("Name has more than 120 characters.");
        }
        if (email != null && email.length() > 254) {
            problems.add("Email has more than 254 characters.");
        } else if (email != null && !isEmail(email)) {
            problems.add("Email \"" + email + "\" is not an address like name@example.com.");
        }
        if (targetField != null && targetField.length() > 120) {
            problems.add("Target field has more than 120 characters.");
        }
        return new Draft(row.number(), name, email, targetField,
                coachEmail == null ? null : coachEmail.toLowerCase(Locale.ROOT), problems);
    }

    private static String cell(CsvReader.Row row, @Nullable Integer column) {
        return column == null || column >= row.cells().size() ? "" : row.cells().get(column).strip();
    }

    private static boolean isEmail(String email) {
        return email.length() <= 254 && ClientService.EMAIL.matcher(email).matches();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String rows(long count) {
        return count == 1 ? "1 row" : count + " rows";
    }

    private static Checked refused(String problem) {
        return new Checked(ImportPreview.refused(problem), Map.of());
    }
}
