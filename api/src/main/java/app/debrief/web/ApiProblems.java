package app.debrief.web;

import java.util.List;
import java.util.Map;

import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.connections.InvalidCodeException;
import app.debrief.connections.TooManyAttemptsException;
import app.debrief.requests.RequestConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every API error as an RFC 9457 problem a person can read, with the field it is about. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        return problem;
    }

    @ExceptionHandler(InvalidCodeException.class)
    ProblemDetail invalidCode(InvalidCodeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Connection code not valid");
        problem.setProperty("field", "code");
        return problem;
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many attempts");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }

    @ExceptionHandler(RequestConflictException.class)
    ProblemDetail conflict(RequestConflictException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("field", "id");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /**
     * Anything unforeseen: a 500 problem that says the call can be retried, never a stack trace,
     * and never the portal's log-in redirect the servlet error page would give an API caller.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("API call failed", e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete this call. Nothing was lost on your side: try again later.");
        problem.setTitle("Server error");
        return problem;
    }

    /** Unreadable JSON, an unknown field or a value of the wrong kind: named by its path in the body. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(e);
        String reason = e.getMostSpecificCause() instanceof UnrecognizedPropertyException
                ? "is not a known field" : "has a value of the wrong kind or the body is not valid JSON";
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                (field.isEmpty() ? "The body" : field) + " " + reason + ".");
        problem.setTitle("Invalid input");
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return jackson.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                                : "[" + reference.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            }
        }
        return "";
    }

    /** Names each field of the body that failed validation, with the reason. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList());
    }

    /** Names each query or path parameter that failed its constraint (a page size over 200, say). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList());
    }

    private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request"));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
