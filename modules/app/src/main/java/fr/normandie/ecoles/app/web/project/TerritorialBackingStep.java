package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.schools.Backer;
import fr.normandie.ecoles.schools.BackerKind;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Step 1: the local actors who back the project, one row each, and the officer's judgement. */
@Named
@ViewScoped
public class TerritorialBackingStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    /** One backer as typed. */
    public static class BackerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private BackerKind kind;
        private String siren;
        private String commitment;
        private LocalDate letterDate;

        Backer backer() {
            return new Backer(name, kind, siren, commitment, letterDate);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BackerKind getKind() { return kind; }
        public void setKind(BackerKind kind) { this.kind = kind; }
        public String getSiren() { return siren; }
        public void setSiren(String siren) { this.siren = siren; }
        public String getCommitment() { return commitment; }
        public void setCommitment(String commitment) { this.commitment = commitment; }
        public LocalDate getLetterDate() { return letterDate; }
        public void setLetterDate(LocalDate letterDate) { this.letterDate = letterDate; }
    }

    private final List<BackerRow> backers = new ArrayList<>(List.of(new BackerRow()));
    private Boolean sufficient;

    @Override
    public Object form() {
        return new TerritorialBackingForm(backers.stream().map(BackerRow::backer).toList(), sufficient);
    }

    public void addBacker() {
        backers.add(new BackerRow());
    }

    public void removeBacker(int index) {
        if (backers.size() > 1 && index >= 0 && index < backers.size()) {
            backers.remove(index);
        }
    }

    public BackerKind[] getKinds() {
        return BackerKind.values();
    }

    public List<BackerRow> getBackers() {
        return backers;
    }

    public Boolean getSufficient() {
        return sufficient;
    }

    public void setSufficient(Boolean sufficient) {
        this.sufficient = sufficient;
    }
}
