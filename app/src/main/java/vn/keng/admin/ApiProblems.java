package vn.keng.admin;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.keng.platform.ConflictException;
import vn.keng.platform.NotFoundException;
import vn.keng.registry.AmbiguousNameException;
import vn.keng.registry.ImportReport;

/** Turns domain errors into RFC 9457 problem bodies: 400 for bad input, 404, 409; never a 500 for input. */
@RestControllerAdvice
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Rejected a change that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data");
    }

    /** A name that fits several places (or none whole but some in part): 400 with the candidates to choose from. */
    @ExceptionHandler(AmbiguousNameException.class)
    ProblemDetail ambiguousName(AmbiguousNameException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ambiguous name", e.getMessage());
        problem.setProperty("candidates", e.candidates());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Parameter '" + e.getName() + "' has an invalid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Import rejected",
                e.report.errors().size() + " bad row(s); nothing was imported");
        problem.setProperty("errors", e.report.errors());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A CSV import with bad rows: answered 400 with every row's reason. */
    static final class ImportRejected extends RuntimeException {
        final transient ImportReport report;

        ImportRejected(ImportReport report) {
            super("import rejected", null, false, false);
            this.report = report;
        }

        List<ImportReport.RowError> errors() {
            return report.errors();
        }
    }
}
