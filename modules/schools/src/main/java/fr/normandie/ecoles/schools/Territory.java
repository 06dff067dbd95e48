package fr.normandie.ecoles.schools;

import java.util.List;
import java.util.Optional;

/** The reference geography of Normandie: its departments and communes. */
public interface Territory {

    List<Department> departments();

    Optional<Department> department(String code);

    Optional<Commune> commune(String code);

    /**
     * Reads the communes of the reference file into memory once, at start-up, so that no request pays for that
     * reading (nor holds a connection while it lasts).
     */
    void loadReferenceFile();
}
