package fr.normandie.ecoles.app.web.project;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/** The BPMN of the opening process, for the diagram of the project page: {@code bpmn/} as packaged. */
@WebServlet("/diagram/school-opening.bpmn")
public class ProcessDiagram extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SOURCE = "bpmn/school-opening.bpmn";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try (InputStream bpmn = ProcessDiagram.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (bpmn == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            bpmn.transferTo(response.getOutputStream());
        }
    }
}
