package app.debrief.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.CsvWriter;
import app.debrief.base.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response-rate reports for the signed-in coach: the practice's figures for its owner, their own
 * clients' for a coach. Everything is read from the summaries the {@link ReportRefresher} keeps.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional(readOnly = true)
public class ReportService {

    private static final int MAX_PAGE = 500;

    private final ReportRepository reports;
    private final ReportLabels labels;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    ReportService(ReportRepository reports, CurrentCoach currentCoach, Clock clock) {
        this.reports = reports;
        this.labels = new ReportLabels(reports);
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    /** The coaches, libraries and templates to pick from, and the months that hold data. */
    public ReportChoices choices() {
        CoachPrincipal coach = currentCoach.require();
        UUID practiceId = coach.practiceId();
        YearMonth thisMonth = thisMonth(practiceId);
        YearMonth first = reports.firstMonth(practiceId).filter(month -> month.isBefore(thisMonth)).orElse(thisMonth);
        return new ReportChoices(reports.coaches(practiceId, coach.isOwner() ? null : coach.coachId()),
                reports.libraries(practiceId), reports.templates(practiceId), first, thisMonth);
    }

    /** Every requested group with its counts, in a natural order (months by date, templates by name...). */
    public List<ReportRow> breakdown(Breakdown by, ReportFilter filter) {
        CoachPrincipal coach = currentCoach.require();
        ReportFilter scoped = scoped(coach, filter);
        if (by == Breakdown.CLIENT) {
            var rows = new ArrayList<ReportRow>();
            int count = reports.clientCount(coach.practiceId(), scoped);
            for (int offset = 0; offset < count; offset += MAX_PAGE) {
                rows.addAll(clientRows(coach, scoped, offset, MAX_PAGE));
            }
            return rows;
        }
        var groups = reports.breakdown(coach.practiceId(), by, scoped);
        return labels.rows(coach.practiceId(), by, groups);
    }

    /** A page of the client breakdown, by client name: clients with requests in the filter's months. */
    public List<ReportRow> clientPage(ReportFilter filter, int offset, int limit) {
        CoachPrincipal coach = currentCoach.require();
        return clientRows(coach, scoped(coach, filter), Math.max(offset, 0), Math.clamp(limit, 0, MAX_PAGE));
    }

    public int clientCount(ReportFilter filter) {
        CoachPrincipal coach = currentCoach.require();
        return reports.clientCount(coach.practiceId(), scoped(coach, filter));
    }

    /** All requests the filter counts, in one row. */
    public ReportRow total(ReportFilter filter) {
        CoachPrincipal coach = currentCoach.require();
        var groups = reports.breakdown(coach.practiceId(), null, scoped(coach, filter));
        Counts counts = groups.isEmpty() ? Counts.NONE : groups.getFirst().counts();
        return new ReportRow("total", "All requests", "", counts);
    }

    /** Two templates' rates under the filter, and the differences first minus second with 95% intervals. */
    public TemplateComparison compare(UUID firstTemplate, UUID secondTemplate, ReportFilter filter) {
        CoachPrincipal coach = currentCoach.require();
        ReportFilter scoped = scoped(coach, filter);
        UUID practiceId = coach.practiceId();
        for (UUID template : List.of(firstTemplate, secondTemplate)) {
            if (!reports.templateInPractice(practiceId, template)) {
                throw new NotFoundException("The template");
            }
        }
        Map<UUID, ReportRepository.Label> names = reports.templateLabels(practiceId);
        var first = templateRow(firstTemplate, names, reports.template(practiceId, firstTemplate, scoped));
        var second = templateRow(secondTemplate, names, reports.template(practiceId, secondTemplate, scoped));
        return new TemplateComparison(first, second,
                first.counts().responseRate().minus(second.counts().responseRate()),
                first.counts().feedbackRate().minus(second.counts().feedbackRate()));
    }

    /** This month against last month, in the practice's time zone: for the dashboard. */
    public KeyFigures keyFigures() {
        CoachPrincipal coach = currentCoach.require();
        YearMonth thisMonth = thisMonth(coach.practiceId());
        return new KeyFigures(month(coach, thisMonth), month(coach, thisMonth.minusMonths(1)));
    }

    /** Writes a breakdown as UTF-8 CSV (with a BOM, for spreadsheets); formula-like cells are neutralised. */
    public void exportCsv(Breakdown by, ReportFilter filter, OutputStream out) {
        List<ReportRow> rows = breakdown(by, filter);
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            ReportCsv.write(new CsvWriter(writer), by, rows);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KeyFigures.Month month(CoachPrincipal coach, YearMonth month) {
        var filter = new ReportFilter(month, month, coach.isOwner() ? null : coach.coachId(), null);
        var groups = reports.breakdown(coach.practiceId(), null, filter);
        return new KeyFigures.Month(month, groups.isEmpty() ? Counts.NONE : groups.getFirst().counts());
    }

    private List<ReportRow> clientRows(CoachPrincipal coach, ReportFilter scoped, int offset, int limit) {
        return reports.clientPage(coach.practiceId(), scoped, offset, limit).stream()
                .map(client -> new ReportRow(client.clientId().toString(), client.name(), client.coachName(),
                        client.counts()))
                .toList();
    }

    private static ReportRow templateRow(UUID id, Map<UUID, ReportRepository.Label> names, Counts counts) {
        var label = names.get(id);
        return new ReportRow(id.toString(), label.name(), label.detail(), counts);
    }

    /**
     * The filter as this coach may run it: a coach's reports are always about their own clients; the
     * coach and library asked for must be of the practice.
     */
    private ReportFilter scoped(CoachPrincipal coach, ReportFilter filter) {
        UUID practiceId = coach.practiceId();
        if (filter.libraryId() != null && !reports.libraryInPractice(practiceId, filter.libraryId())) {
            throw new NotFoundException("The library");
        }
        if (filter.coachId() != null && !reports.coachInPractice(practiceId, filter.coachId())) {
            throw new NotFoundException("The coach");
        }
        if (coach.isOwner()) {
            return filter;
        }
        if (filter.coachId() != null && !filter.coachId().equals(coach.coachId())) {
            throw new AccessDeniedException("A coach sees the figures of their own clients only.");
        }
        return filter.withCoach(coach.coachId());
    }

    private YearMonth thisMonth(UUID practiceId) {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), reports.zone(practiceId)));
    }

    static Comparator<ReportRow> byLabel() {
        return Comparator.comparing(ReportRow::label, String.CASE_INSENSITIVE_ORDER).thenComparing(ReportRow::key);
    }
}
