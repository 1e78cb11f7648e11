package vn.vanthu.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Answers an unauthenticated API call with 401 and the contract's JSON error body. */
@Component
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"VanThu\", charset=\"UTF-8\"");
        JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Cần đăng nhập.");
    }
}
