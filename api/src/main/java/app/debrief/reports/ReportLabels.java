package app.debrief.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns the groups of a breakdown into readable rows, in the order a reader expects. */
final class ReportLabels {

    static final String NO_TEMPLATE = "No template chosen";
    static final String NO_WEBMAIL = "None (phone or not recorded)";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final Map<String, String> WEBMAILS = Map.of("gmail", "Gmail", "outlook", "Outlook",
            "yahoo", "Yahoo Mail", "roundcube", "Roundcube", "other", "Other webmail");

    private final ReportRepository reports;

    ReportLabels(ReportRepository reports) {
        this.reports = reports;
    }

    List<ReportRow> rows(UUID practiceId, Breakdown by, List<ReportRepository.Group> groups) {
        return switch (by) {
            case TEMPLATE -> named(groups, reports.templateLabels(practiceId));
            case TEMPLATE_VERSION -> named(groups, reports.versionLabels(practiceId));
            case LIBRARY -> named(groups, reports.libraryNames(practiceId).entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, entry -> new ReportRepository.Label(entry.getValue(), ""))));
            case COACH -> named(groups, reports.coaches(practiceId, null).stream().collect(
                    Collectors.toMap(ReportOption::id, coach -> new ReportRepository.Label(coach.name(), ""))));
            case TIME_TO_SEND -> groups.stream()
                    .sorted(Comparator.comparing(group -> SendSpeed.valueOf(group.key())))
                    .map(group -> new ReportRow(group.key(), SendSpeed.valueOf(group.key()).label(), "",
                            group.counts()))
                    .toList();
            case WEBMAIL -> groups.stream()
                    .map(group -> new ReportRow(group.key(), webmail(group.key()), "", group.counts()))
                    .sorted(ReportService.byLabel())
                    .toList();
            case MONTH -> groups.stream()
                    .sorted(Comparator.comparing(ReportRepository.Group::key))
                    .map(group -> new ReportRow(group.key().substring(0, 7),
                            MONTH.format(YearMonth.from(LocalDate.parse(group.key()))), "", group.counts()))
                    .toList();
            case CLIENT -> throw new IllegalArgumentException("clients are labelled by their query");
        };
    }

    private static List<ReportRow> named(List<ReportRepository.Group> groups,
            Map<UUID, ReportRepository.Label> labels) {
        return groups.stream()
                .map(group -> {
                    UUID id = UUID.fromString(group.key());
                    var label = id.equals(Measures.NIL) ? new ReportRepository.Label(NO_TEMPLATE, "")
                            : labels.getOrDefault(id, new ReportRepository.Label("Unknown", ""));
                    return new ReportRow(group.key(), label.name(), label.detail(), group.counts());
                })
                .sorted(Comparator.comparing((ReportRow row) -> row.label().equals(NO_TEMPLATE))
                        .thenComparing(ReportService.byLabel()))
                .toList();
    }

    static String webmail(String key) {
        return key.isEmpty() ? NO_WEBMAIL : WEBMAILS.getOrDefault(key, key);
    }
}
