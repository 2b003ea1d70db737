package fr.parlonsen.followup;

import java.time.LocalDate;
import java.util.Set;

import fr.parlonsen.followup.IndicatorService.Averages;
import fr.parlonsen.followup.IndicatorService.Figures;
import fr.parlonsen.forum.ForumQueries.ForumFacts;

/** Sums that add up across forums and départements; {@link #figures()} turns them into rates and averages. */
final class IndicatorSums {
    /** A commitment as the figures see it. */
    record CommitmentFacts(LocalDate dueOn, LocalDate doneOn, String status, Set<Long> forums) {
    }

    int forums;
    int withAttendance;
    long attendance;
    long population;
    double[] fb = new double[5];
    int proposals;
    int proposalsCommitted;
    int commitments;
    int done;
    int due;
    int onTime;

    void forum(ForumFacts f, Integer att, double[] feedback) {
        forums++;
        if (att != null) {
            withAttendance++;
            attendance += att;
            population += f.populationCovered();
        }
        if (feedback != null) {
            for (int i = 0; i < 5; i++) {
                fb[i] += feedback[i];
            }
        }
    }

    void commitment(CommitmentFacts c) {
        commitments++;
        boolean isDone = CommitmentStatus.DONE.code.equals(c.status());
        if (isDone) {
            done++;
        }
        if (c.dueOn() != null && !CommitmentStatus.ABANDONED.code.equals(c.status())
                && (isDone || c.dueOn().isBefore(LocalDate.now(CommitmentService.PARIS)))) {
            due++;
            if (isDone && c.doneOn() != null && !c.doneOn().isAfter(c.dueOn())) {
                onTime++;
            }
        }
    }

    void add(IndicatorSums o) {
        forums += o.forums;
        withAttendance += o.withAttendance;
        attendance += o.attendance;
        population += o.population;
        for (int i = 0; i < 5; i++) {
            fb[i] += o.fb[i];
        }
        proposals += o.proposals;
        proposalsCommitted += o.proposalsCommitted;
        commitments += o.commitments;
        done += o.done;
        due += o.due;
        onTime += o.onTime;
    }

    Figures figures() {
        int count = (int) fb[0];
        Averages avg = count == 0 ? new Averages(null, null, null, null)
                : new Averages(round(fb[1] / count, 100), round(fb[2] / count, 100), round(fb[3] / count, 100),
                        round(fb[4] / count, 100));
        return new Figures(forums, withAttendance, withAttendance == 0 ? null : attendance, population,
                population == 0 ? null : round((double) attendance / population, 100_000), count, avg, proposals,
                proposalsCommitted, proposals == 0 ? null : round((double) proposalsCommitted / proposals, 1000),
                commitments, done, due, onTime, due == 0 ? null : round((double) onTime / due, 1000));
    }

    static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }
}
