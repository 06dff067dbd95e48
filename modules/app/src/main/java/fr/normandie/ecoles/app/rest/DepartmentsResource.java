package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DepartmentsResource {

    @Inject
    Territory territory;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les cinq départements de Normandie")
    public List<Department> list() {
        callers.current();
        return territory.departments();
    }
}
