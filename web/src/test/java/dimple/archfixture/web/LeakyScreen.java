package dimple.archfixture.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Deliberately broken, only for SessionFailoverTest: a screen that holds a view which is not Serializable. */
@Named
@ViewScoped
public class LeakyScreen implements Serializable {
    private static final long serialVersionUID = 1L;

    private Draft draft;
    /** Empty until the person asks for earlier drafts: serialising it works today, and fails the day it is not empty. */
    private List<Draft> earlier = List.of();

    /** f:viewAction */
    public void load() {
        draft = new Draft("Room key encoded for the wrong room");
    }

    public Draft getDraft() {
        return draft;
    }

    public List<Draft> getEarlier() {
        return earlier;
    }

    /** A view record without {@code implements Serializable}. */
    public record Draft(String title) {
    }
}
