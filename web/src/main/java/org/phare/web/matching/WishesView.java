package org.phare.web.matching;

import java.util.ArrayList;
import java.util.List;
import org.phare.core.matching.Meeting;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Round;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.web.i18n.Lang;

/**
 * The wishes form: pick a participant, then tick whom they wish to see again among those they met.
 * Editors only (the form needs the session's CSRF token); readers see the list of participants.
 *
 * @param participant the chosen participant, null before one is chosen
 * @param csrf the signed-in user's CSRF token, null when nobody is signed in
 * @param saved whether wishes were just recorded
 */
public record WishesView(
    Lang lang, SpeedDatingEvents.Event event, Participant participant, String csrf, boolean saved) {

  /** Whom the chosen participant met, in round order. */
  public List<Participant> met() {
    List<Participant> met = new ArrayList<>();
    if (participant == null) {
      return met;
    }
    for (Round round : event.schedule().rounds()) {
      for (Meeting meeting : round.meetings()) {
        if (meeting.involves(participant.id())) {
          met.add(meeting.partnerOf(participant.id()));
        }
      }
    }
    return met;
  }
}
