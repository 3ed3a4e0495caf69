package vn.keng.registry;

import java.util.List;
import java.util.stream.Collectors;

/** A typed name fits several places, or none fully but some in part: the admin API answers 400 with the candidates. */
public class AmbiguousNameException extends IllegalArgumentException {

    private final transient List<Candidate> candidates;

    AmbiguousNameException(String what, String typed, List<Candidate> candidates) {
        super("'" + typed + "' does not name one " + what + "; did you mean "
                + candidates.stream().map(Candidate::label).collect(Collectors.joining(", ")) + "?");
        this.candidates = List.copyOf(candidates);
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * A place the name might mean.
     *
     * @param id its id (null for a province, which has none)
     * @param within where it lies (the commune of a village, the province of a commune), or null
     */
    public record Candidate(Long id, String name, String within) {

        String label() {
            return "'" + name + "'" + (within == null ? "" : " (" + within + ")");
        }
    }
}
