package org.phare.cli.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.Meeting;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Reason;
import org.phare.core.matching.Round;
import org.phare.core.matching.Schedule;
import org.phare.core.matching.SpeedDatingPlan;

/** JSON form of a plan: machine-readable, numbers with a decimal point, reasons in FR and EN. */
final class PlanJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  static String write(SpeedDatingPlan plan, AffinityContext context) {
    Schedule schedule = plan.schedule();
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode format = root.putObject("format");
    format.put("rounds", schedule.format().rounds());
    format.put("tables", schedule.format().tables());
    format.put("roundMinutes", schedule.format().roundMinutes());
    ArrayNode priorities = root.putArray("priorities");
    for (Domain domain : context.priorities()) {
      priorities.add(domain.name());
    }
    ArrayNode participants = root.putArray("participants");
    for (Participant participant : schedule.participants()) {
      ObjectNode node = participants.addObject();
      node.put("id", participant.id());
      node.put("name", participant.name());
      node.put("side", participant.side().name());
      node.put(
          "meetings",
          schedule.forParticipant(participant.id()).stream()
              .filter(slot -> slot.status() == Schedule.Status.MEETING)
              .count());
      node.put("breaks", schedule.breaksOf(participant.id()));
    }
    ArrayNode rounds = root.putArray("rounds");
    for (Round round : schedule.rounds()) {
      ObjectNode node = rounds.addObject();
      node.put("number", round.number());
      node.put("startMinute", round.startMinute());
      ArrayNode meetings = node.putArray("meetings");
      for (Meeting meeting : round.meetings()) {
        ObjectNode m = meetings.addObject();
        m.put("table", meeting.table());
        m.put("company", meeting.company().id());
        m.put("association", meeting.association().id());
        m.put("affinity", meeting.affinity().total());
        ArrayNode reasons = m.putArray("reasons");
        for (Reason reason : meeting.affinity().reasons()) {
          ObjectNode r = reasons.addObject();
          r.put("code", reason.code());
          r.put("points", reason.points());
          r.put("fr", reason.fr());
          r.put("en", reason.en());
        }
      }
      ArrayNode breaks = node.putArray("breaks");
      round.onBreak().forEach(p -> breaks.add(p.id()));
    }
    root.put("totalAffinity", plan.totalAffinity());
    root.put("upperBound", plan.upperBound());
    root.put("ratio", plan.ratio());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the plan as JSON", e);
    }
  }
}
