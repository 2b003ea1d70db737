package fr.parlonsen.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The French forms the pages show: dates, times, numbers, percentages and plurals. */
class FrenchTest {
    @Test
    void dates_take_the_french_ordinal_on_the_first_and_paris_time() {
        assertEquals("1er avril 2009", French.date(LocalDate.of(2009, 4, 1)));
        assertEquals("22 mai 2009", French.date(LocalDate.of(2009, 5, 22)));
        assertEquals("jeudi 2 avril 2009", French.day(LocalDate.of(2009, 4, 2)));
        assertEquals("2 avril 2009 à 18 h 30", French.dateTime(LocalDateTime.of(2009, 4, 2, 18, 30)));
        // 16:30 UTC is 18:30 in Paris in summer time
        assertEquals("2 avril 2009 à 18 h 30", French.dateTime(Instant.parse("2009-04-02T16:30:00Z")));
    }

    @Test
    void numbers_group_thousands_and_use_a_decimal_comma() {
        assertEquals("476\u202f158", French.number(476158));
        assertEquals("88,0\u00a0%", French.percent(88.04));
        assertEquals("3,14", French.decimal(3.14159, 2));
    }

    @Test
    void zero_and_one_take_the_singular() {
        assertEquals("0 commune", French.count(0, "commune", "communes"));
        assertEquals("1 commune", French.count(1, "commune", "communes"));
        assertEquals("2 communes", French.count(2, "commune", "communes"));
        assertEquals("sont partagées", French.word(5, "est partagée", "sont partagées"));
    }
}
