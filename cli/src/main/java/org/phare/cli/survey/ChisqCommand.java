package org.phare.cli.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.phare.core.survey.RaoScott;
import org.phare.core.survey.SurveyDesign;
import org.phare.store.survey.Microdata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare survey chisq}: Rao-Scott test of independence of two categorical variables. */
@Command(
    name = "chisq",
    mixinStandardHelpOptions = true,
    description = "Rao-Scott corrected chi-square of two categorical variables (R svychisq).")
public final class ChisqCommand implements Callable<Integer> {

  @Mixin DesignOptions design;

  @Option(names = "--rows", required = true, description = "First categorical variable.")
  String rows;

  @Option(names = "--cols", required = true, description = "Second categorical variable.")
  String cols;

  PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    design.resolve();
    List<String> wanted = new java.util.ArrayList<>(design.columns());
    wanted.add(rows);
    wanted.add(cols);
    Microdata m = Microdata.read(design.data, wanted);
    SurveyDesign d = design.build(m);
    RaoScott r;
    try {
      r = RaoScott.test(d, m.factor(rows), m.factor(cols));
    } catch (IllegalArgumentException e) {
      throw new SurveyInputException(design.data + ": " + e.getMessage());
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = mapper.createObjectNode();
    o.put("rows", rows);
    o.put("cols", cols);
    o.put("n", r.rows());
    o.put("pearson_x2", r.pearson());
    o.put("f", r.f());
    o.put("ndf", r.numeratorDf());
    o.put("ddf", r.denominatorDf());
    o.put("p_value_f", r.pValueF());
    o.put("p_value_chisq", r.pValueChisq());
    out.println(mapper.writeValueAsString(o));
    return 0;
  }
}
