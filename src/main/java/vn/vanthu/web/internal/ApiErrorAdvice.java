package vn.vanthu.web.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import vn.vanthu.directory.DuplicateOrganizationException;

/**
 * Turns every failure of an {@code /api/**} call into {@code {"error","message"}} with a 4xx status for bad
 * input, and never shows a stack trace. Only REST controllers: pages fail to the error page instead.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

    @ExceptionHandler({
        MethodArgumentNotValidException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class,
        HttpMessageNotReadableException.class,
        MultipartException.class,
        IllegalArgumentException.class
    })
    ResponseEntity<ApiError> badRequest(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", "Yêu cầu không hợp lệ: " + e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> conflict(IllegalStateException e) {
        return body(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @ExceptionHandler(DuplicateOrganizationException.class)
    ResponseEntity<ApiError> duplicate(DuplicateOrganizationException e) {
        return body(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception e) {
        if (e instanceof ErrorResponse framework) {
            HttpStatusCode status = framework.getStatusCode();
            return body(status, "http_" + status.value(), framework.getBody().getDetail());
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            HttpStatus status = declared.code();
            return body(status, status.name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
        }
        log.error("Lỗi không lường trước khi xử lý yêu cầu API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Lỗi hệ thống, xin thử lại sau.");
    }

    private static ResponseEntity<ApiError> body(HttpStatusCode status, String error, String message) {
        return ResponseEntity.status(status).body(new ApiError(error, message));
    }
}
