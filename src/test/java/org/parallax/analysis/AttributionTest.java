package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionKind;
import org.parallax.testing.Articles;

class AttributionTest {

  private static List<Attribution> attributions(String sentence) {
    return SharedAnalyzer.get().analyze(Articles.body(sentence)).sentences().get(0).attributions();
  }

  private static Attribution only(String sentence) {
    List<Attribution> found = attributions(sentence);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void creditsAccordingToPhraseToItsSource() {
    Attribution a =
        only("The port will reopen next week, according to two European diplomats and an aide.");
    assertThat(a.source()).isEqualTo("two European diplomats and an aide");
    assertThat(a.cue()).isEqualTo("according to");
    assertThat(a.kind()).isEqualTo(AttributionKind.ANONYMOUS);
  }

  @Test
  void creditsNamedOrganisation() {
    Attribution a = only("Prices rose sharply in May, according to the Central Bank of Kenya.");
    assertThat(a.kind()).isEqualTo(AttributionKind.NAMED);
    assertThat(a.source()).isEqualTo("the Central Bank of Kenya");
  }

  @Test
  void creditsSubjectOfSaid() {
    Attribution a = only("Finance Minister Maria Lopez said the budget would be cut.");
    assertThat(a.kind()).isEqualTo(AttributionKind.NAMED);
    assertThat(a.source()).isEqualTo("Finance Minister Maria Lopez");
    assertThat(a.cue()).isEqualTo("said");
  }

  @Test
  void creditsUnnamedSourcesAfterTheClaim() {
    Attribution a = only("The convoy was attacked near the border, the two officials said.");
    assertThat(a.kind()).isEqualTo(AttributionKind.ANONYMOUS);
    assertThat(a.source()).isEqualTo("the two officials");
  }

  @Test
  void creditsInvertedSpeaker() {
    Attribution a = only("\"We will not leave,\" said a senior rebel commander.");
    assertThat(a.source()).isEqualTo("a senior rebel commander");
    assertThat(a.kind()).isEqualTo(AttributionKind.ANONYMOUS);
  }

  @Test
  void marksSpeakerOnConditionOfAnonymityAsAnonymous() {
    Attribution a =
        only("Talks have stalled, said Tom Reyes, who spoke on condition of anonymity.");
    assertThat(a.kind()).isEqualTo(AttributionKind.ANONYMOUS);
  }

  @Test
  void marksBarePluralCommentatorsAsGeneric() {
    assertThat(only("Analysts say the decision could delay the vote.").kind())
        .isEqualTo(AttributionKind.GENERIC);
    assertThat(only("Some economists warn that inflation will return.").kind())
        .isEqualTo(AttributionKind.GENERIC);
  }

  @Test
  void marksRefusalToCommentAsDeclined() {
    Attribution a = only("The ministry declined to comment on the report.");
    assertThat(a.kind()).isEqualTo(AttributionKind.DECLINED);
    assertThat(a.source()).isEqualTo("The ministry");
  }

  @Test
  void marksUnansweredRequestAsDeclined() {
    Attribution a = only("A spokesman for Acme Corp did not respond to a request for comment.");
    assertThat(a.kind()).isEqualTo(AttributionKind.DECLINED);
    assertThat(a.source()).isEqualTo("A spokesman for Acme Corp");
  }

  @Test
  void marksOutletsOwnReporting() {
    Attribution a = only("Reuters could not independently verify the footage.");
    assertThat(a.kind()).isEqualTo(AttributionKind.OUTLET);
    assertThat(a.source()).isEqualTo("Reuters");
  }

  @Test
  void findsNoSourceInUnsourcedClaim() {
    assertThat(attributions("The bridge collapsed on Tuesday, killing at least 12 people."))
        .isEmpty();
  }

  @Test
  void passiveVoiceIsNoAttribution() {
    assertThat(attributions("Three countries were added to the list in December.")).isEmpty();
  }

  @Test
  void attributionSpanCoversSourceAndCue() {
    String text = "Fighting resumed overnight, the army said.";
    Attribution a = only(text);
    assertThat(a.span().of(text)).isEqualTo("the army said");
  }

  @Test
  void wordsInsideAQuotationAreNotTheReportsSource() {
    List<Attribution> found = attributions("\"They said it was over,\" the mayor told reporters.");
    assertThat(found).extracting(Attribution::source).containsExactly("the mayor");
  }

  @Test
  void findsSubjectAcrossInsertedPhrase() {
    Attribution a = only("The ministry, in a statement, said 17 people had been killed.");
    assertThat(a.source()).isEqualTo("The ministry");
  }

  @Test
  void treatsInstitutionsAsNamedSources() {
    assertThat(only("Police said the gunman fired at least ten shots.").kind())
        .isEqualTo(AttributionKind.NAMED);
  }

  @Test
  void skipsAuxiliariesAndAdverbsBeforeTheVerb() {
    assertThat(only("The rebels have repeatedly denied the claims.").source())
        .isEqualTo("The rebels");
  }

  @Test
  void acceptsSubjectWhoseHeadWasTaggedAsAdjective() {
    assertThat(only("The port stays shut, the former official added.").source())
        .isEqualTo("the former official");
  }

  private static List<Attribution> attributionsOfSentence(String article, int sentence) {
    return SharedAnalyzer.get()
        .analyze(Articles.body(article))
        .sentences()
        .get(sentence)
        .attributions();
  }

  @Test
  void aSurnameAloneIsASpeakerOnceTheArticleNamedThePersonInFull() {
    List<Attribution> found =
        attributionsOfSentence(
            "Australian Prime Minister John Howard arrived in Jakarta on Monday for two days of"
                + " talks.\n\nHoward said he would use his trip to press for a new security pact.",
            1);
    assertThat(found)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(AttributionKind.NAMED);
              assertThat(a.source()).isEqualTo("Howard");
              assertThat(a.cue()).isEqualTo("said");
            });
  }

  @Test
  void aSurnameTheTaggerMisreadsAtTheStartOfASentenceIsStillASpeaker() {
    Attribution grant = only("Grant added that exports had slowed in the third quarter.");
    assertThat(grant.kind()).isEqualTo(AttributionKind.NAMED);
    assertThat(grant.source()).isEqualTo("Grant");
    Attribution young = only("Young told reporters the deal was close to being signed.");
    assertThat(young.kind()).isEqualTo(AttributionKind.NAMED);
    assertThat(young.source()).isEqualTo("Young");
  }

  @Test
  void aSurnameBeforeAnAuxiliaryAndAReportingVerbIsASpeaker() {
    Attribution a = only("Long has said the rail plan is unworkable without federal money.");
    assertThat(a.kind()).isEqualTo(AttributionKind.NAMED);
    assertThat(a.source()).isEqualTo("Long");
  }

  @Test
  void aCountingWordBeforeSaidNamesNobody() {
    assertThat(attributions("Many said the vote in the northern districts was rigged."))
        .noneMatch(a -> a.kind() == AttributionKind.NAMED);
  }

  @Test
  void bareCommentatorsStayGenericAfterTheSurnameRule() {
    Attribution a = only("Analysts say growth will slow in the second half.");
    assertThat(a.kind()).isEqualTo(AttributionKind.GENERIC);
  }
}
