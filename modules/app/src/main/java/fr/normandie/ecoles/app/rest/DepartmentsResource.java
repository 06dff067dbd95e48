package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;
import java.util.Map;

@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DepartmentsResource {

    @Inject
    Territory territory;

    @Inject
    Callers callers;

    @Inject
    ProjectOfficers officers;

    @GET
    @Operation(summary = "Les cinq départements de Normandie")
    public List<Department> list() {
        callers.current();
        return territory.departments();
    }

    @GET
    @Path("officers")
    @Operation(summary = "Les chargés de mission de chaque département, par code de département")
    public Map<String, List<String>> officers() {
        callers.current();
        return officers.departmentOfficers();
    }

    @PUT
    @Path("{code}/officers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Désigner les chargés de mission d'un département (administrateur) : la liste entière")
    @RequestBody(description = "{officers[]}")
    public List<String> setOfficers(@PathParam("code") String code, String body) {
        DepartmentOfficersRequest request = JsonBodies.read(body, DepartmentOfficersRequest.class, "Les chargés de mission");
        return officers.setDepartmentOfficers(code, request.officers() == null ? List.of() : request.officers(),
                callers.current());
    }
}
