package org.kjnews.extract;

/**
 * A person's position as the article states it: "Hanwha Group Chairman Kim Seung-youn", "Park Ji-won, an economics
 * professor at Korea University", "former chairman of the Japan Foreign Trade Council".
 *
 * @param personKey the person's key
 * @param title the title as a reader would list it, capitalized, without articles ("Chairman", "Economics
 *     Professor", "Former Chairman", "Reporter", "Prime Minister")
 * @param organizationKey the organization's key, or null when the role names none ("President")
 * @param sentence the sentence that states it
 * @param block the block index, as in {@link Mention#block()}
 */
public record ExtractedRole(String personKey, String title, String organizationKey, String sentence, int block) {
}
