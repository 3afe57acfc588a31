package org.phare.web.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.phare.web.chart.Bar;
import org.phare.web.chart.BarChart;
import org.xml.sax.InputSource;

class SvgTest {

  @Test
  void data_cannot_inject_markup_and_the_document_is_well_formed_xml() throws Exception {
    String hostile = "<script>alert('x')</script> & \"Saint-Étienne\"";
    String svg =
        BarChart.render(
            "t",
            hostile,
            hostile,
            List.of(Bar.of(hostile, 1.5, hostile, "#000").withHref("/x?a=1&b=\"2\"")),
            0,
            2,
            hostile);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    // a chart with links is a labelled group: inside an image, links would be hidden
    assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("group");
    assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(hostile);
  }

  @Test
  void a_chart_without_links_is_one_labelled_image() {
    String svg =
        BarChart.render(
            "t", "Titre", "Description", List.of(Bar.of("A", 1, "1", "#000")), 0, 2, "Source");
    assertThat(svg).contains(" role=\"img\"").doesNotContain("role=\"group\"");
  }

  @Test
  void coordinates_use_a_decimal_point_whatever_the_locale() {
    // surefire runs under tr_TR, whose decimal separator is a comma
    assertThat(Svg.num(12.345)).isEqualTo("12.35");
    assertThat(Svg.num(3.0)).isEqualTo("3");
    assertThat(Svg.num(-0.5)).isEqualTo("-0.5");
  }
}
