package fr.normandie.ecoles.app.persistence;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The benchmark's view of {@link SqlStatementCount}: the count as plain text, 404 unless the benchmark turned it on. */
@WebServlet("/bench/sql-statements")
public class SqlStatementCountServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SqlStatementCount.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(SqlStatementCount.executed());
    }
}
