package org.parallax.workspace;

import java.util.List;

/**
 * Made-up pairs of reports whose true relations this test knows: in each, the second report
 * restates the first one's lead claim loosely (the same claim in other words, as a rewrite desk
 * would put it) and adds a claim of its own on the same story (a different claim).
 */
final class CalibrationPairs {

  /**
   * One story told twice.
   *
   * @param claim the first report's lead claim
   * @param restated the second report's loose restatement of it
   * @param other a different claim of the second report on the same story
   */
  record Story(String claim, String restated, String other) {

    String first() {
      return claim + " The statement was issued late in the day.";
    }

    String second() {
      return restated + " " + other;
    }
  }

  static final List<Story> STORIES =
      List.of(
          new Story(
              "The carmaker will cut 2,000 jobs in Germany by the end of next year.",
              "About 2,000 posts at German plants will disappear over the coming months, staff were told.",
              "Its shares rose 3 percent in Frankfurt trading on Tuesday."),
          new Story(
              "Floods forced 5,000 residents of the river town to leave their homes on Sunday.",
              "Rising water drove some 5,000 inhabitants out over the weekend.",
              "The regional governor asked the army for extra helicopters."),
          new Story(
              "The central bank raised its main interest rate to 4.5 percent.",
              "Loans become dearer as policymakers lift the benchmark to 4.5 percent.",
              "Economists had expected the bank to wait until the summer."),
          new Story(
              "Police arrested three men over the theft of paintings from the city museum.",
              "Officers hold three people suspected of stealing artworks from the gallery.",
              "The museum will stay closed to visitors until the end of the month."),
          new Story(
              "The airline cancelled 300 flights because of a strike by its pilots.",
              "Some 300 departures were scrapped as cockpit crews walked out.",
              "Passengers crowded the terminal waiting for news of rebooking."),
          new Story(
              "The minister resigned after a report criticised her handling of the hospital contracts.",
              "She stepped down following an inquiry into how health deals were awarded.",
              "Opposition parties called for a new election in the spring."),
          new Story(
              "An earthquake of magnitude 6.1 struck the northern coast early on Friday.",
              "A 6.1 tremor shook towns along the northern shore before dawn.",
              "Schools in the capital will reopen on Monday, officials said."),
          new Story(
              "The company agreed to buy its smaller rival for 1.2 billion dollars.",
              "A 1.2 billion dollar takeover of the competitor was agreed by the board.",
              "The chief executive will leave when the merger is completed."),
          new Story(
              "Wildfires have burned 40,000 hectares of forest in the south since Monday.",
              "Blazes have destroyed 40,000 hectares of woodland across the region this week.",
              "Firefighters from three neighbouring countries joined the effort."),
          new Story(
              "The government will raise the minimum wage by 8 percent from January.",
              "Workers on the lowest pay will earn 8 percent more next year under the plan.",
              "Employers' groups warned that small shops would struggle."),
          new Story(
              "The striker scored twice as the home side won the cup final 3-1.",
              "A double from the forward sealed a 3-1 victory for the hosts.",
              "Fans celebrated in the main square until the early morning."),
          new Story(
              "Health officials reported 120 new cases of measles in the province this week.",
              "Another 120 children caught measles in recent days, the authorities said.",
              "Vaccination clinics will open on Saturdays in the largest towns."),
          new Story(
              "The court sentenced the former mayor to six years in prison for bribery.",
              "The ex-mayor got six years behind bars for accepting kickbacks.",
              "His lawyer said they would appeal against the verdict."),
          new Story(
              "Oil prices fell 4 percent after producers agreed to pump more crude.",
              "Oil slid 4 percent as exporting nations promised extra barrels.",
              "Shipping companies expect busier routes through the strait."),
          new Story(
              "The city council approved a budget of 900 million euros for next year.",
              "Councillors backed 900 million euros of spending for 2027.",
              "Protesters gathered outside the town hall during the vote."),
          new Story(
              "The bridge will close for repairs for three months starting in March.",
              "Engineers will keep the crossing shut for three months of works from March.",
              "Drivers are advised to use the ring road during the works."));

  private CalibrationPairs() {}
}
