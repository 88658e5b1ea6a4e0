package app.debrief.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /templates answers, serialised once and kept in memory. An answer depends only on the
 * practice's templates at a stamp and on which libraries the client has, so clients with the same
 * libraries share one answer. The stamp comes with the caller's token (one query that runs anyway),
 * which makes an unchanged answer cost no query at all; after any change the stamp has moved and the
 * next call reads afresh, on every node. Not transactional: a cached answer needs no connection.
 */
@Service
public class TemplatesAnswers {

    /** Bounded by the bytes kept, not by the number of answers: a practice may hand out large ones. */
    private static final long ANSWER_BYTES = 64L * 1024 * 1024;
    private static final long CLIENTS = 200_000;

    private final AssignmentRepository assignments;
    private final ClientTemplates templates;
    private final JsonMapper json;
    private final Cache<UUID, LibrarySet> librariesByClient = Caffeine.newBuilder().maximumSize(CLIENTS).build();
    private final Cache<LibrarySet, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(ANSWER_BYTES)
            .<LibrarySet, Answer>weigher((libraries, answer) -> answer.weight())
            .build();

    TemplatesAnswers(AssignmentRepository assignments, ClientTemplates templates, JsonMapper json) {
        this.assignments = assignments;
        this.templates = templates;
        this.json = json;
    }

    /**
     * The JSON array of a client's templates, also gzipped, as browsers accept it (a tenth of the
     * bytes, compressed once), and their ETags: digests of the bytes, the same on every node.
     */
    public record Answer(byte[] json, String etag, byte[] gzip, String gzipEtag) {

        int weight() {
            return json.length + gzip.length;
        }
    }

    /** The libraries a client had when the practice's templates stamp was {@code stamp}. */
    private record LibrarySet(UUID practiceId, long stamp, List<UUID> libraryIds) {
    }

    /**
     * The caller has established, from its token, which client and practice this is and the
     * practice's templates stamp at that moment.
     */
    public Answer forClient(UUID practiceId, UUID clientId, long stamp) {
        LibrarySet libraries = librariesByClient.getIfPresent(clientId);
        if (libraries == null || libraries.stamp() != stamp || !libraries.practiceId().equals(practiceId)) {
            // read after the stamp, so never older than it; an assignment made since moves the stamp again
            libraries = new LibrarySet(practiceId, stamp,
                    assignments.librariesOf(practiceId, clientId).stream().sorted().toList());
            librariesByClient.put(clientId, libraries);
        }
        return answers.get(libraries, this::answer);
    }

    private Answer answer(LibrarySet libraries) {
        byte[] body = json.writeValueAsBytes(templates.forLibraries(libraries.practiceId(), libraries.libraryIds()));
        String digest = digest(body);
        // another encoding is another representation, so it has an ETag of its own (RFC 9110, 8.8.3)
        return new Answer(body, '"' + digest + '"', gzip(body), '"' + digest + "-gzip\"");
    }

    private static byte[] gzip(byte[] body) {
        var bytes = new ByteArrayOutputStream(body.length / 4);
        try (var out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory", e);
        }
        return bytes.toByteArray();
    }

    private static String digest(byte[] body) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
