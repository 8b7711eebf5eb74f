package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.progress.UserKey;

/** A store outage costs the user nothing they asked for, and nothing they did is lost once it is back. */
class OutageTest {

    private static final String NOTICE = "I may not be able to save your place right now";

    private final FlakyStore store = new FlakyStore();

    @Test
    void theUserHearsWhatTheyAskedForAndTheNoticeOnlyOnce() {
        store.goDown();
        new Dialog(store, "rae").says("go to step two")
                .hears(NOTICE, "Giving space without disconnecting")
                .says("next").hears("Maintaining independence").doesNotHear(NOTICE)
                .says("where was I").hears("step two, Respect boundaries: Maintaining independence");
    }

    @Test
    void aSaveOwedDuringTheOutageIsMadeOnALaterTurnOnceTheStoreIsBack() {
        store.goDown();
        Dialog dialog = new Dialog(store, "rae").says("go to step four");
        store.comeBack();
        dialog.says("help");
        new Dialog(store, "rae").opensTheSkill().hears("Last time you were on step four");
    }

    @Test
    void aSaveOwedWhenTheUserWalksAwayIsMadeAsTheSessionEnds() {
        store.goDown();
        Dialog dialog = new Dialog(store, "rae").says("go to step five");
        store.comeBack();
        dialog.walksAway();
        new Dialog(store, "rae").opensTheSkill().hears("Last time you were on step five");
    }

    @Test
    void whatWasStoredBeforeTheOutageIsMergedWithWhatTheSessionDidDuringIt() {
        new Dialog(store, "rae").says("give me a self care idea").says("stop");
        store.goDown();
        Dialog dialog = new Dialog(store, "rae").says("go to step six");
        store.comeBack();
        dialog.says("repeat").says("stop");
        new Dialog(store, "rae").opensTheSkill().hears("Last time you were on step six");
    }

    @Test
    void forgetMeConfirmedOnceTheStoreIsBackLeavesNothingStored() {
        new Dialog(store, "rae").says("go to step two").says("stop");
        store.goDown();
        Dialog dialog = new Dialog(store, "rae").says("go to step three").says("forget me").hears("Are you sure?");
        store.comeBack();
        dialog.says("yes").hears("I've deleted your progress");
        assertEquals(Optional.empty(), store.load(UserKey.of(LocalRequests.userIdFor("rae"))));
    }

    @Test
    void forgetMeWhileTheStoreIsDownDeletesNothingAndSaysSo() {
        new Dialog(store, "rae").says("go to step two").says("stop");
        store.goDown();
        new Dialog(store, "rae").says("forget me").says("yes").hears("I couldn't delete your progress just now");
        store.comeBack();
        new Dialog(store, "rae").opensTheSkill().hears("Last time you were on step two");
    }

    @Test
    void forgetMeWhoseDeleteFailsIsOwedAndCarriedOutByTheNextErasureOfAnyone() {
        new Dialog(store, "rae").says("go to step two").says("stop");
        store.failDeletes();
        new Dialog(store, "rae").says("forget me").says("yes").hears("it's marked for deletion");
        store.comeBack();
        new Dialog(store, "sam").says("go to step four").says("forget me").says("yes")
                .hears("I've deleted your progress");
        assertEquals(Optional.empty(), store.load(UserKey.of(LocalRequests.userIdFor("rae"))));
    }

    @Test
    void turnsThatChangeNothingWriteNothing() {
        Dialog dialog = new Dialog(store, "rae").says("go to step three");
        int afterMove = store.writes;
        dialog.says("repeat").says("help").says("where was I").says("what are the steps").says("I don't feel safe")
                .says("purple monkey dishwasher");
        assertEquals(afterMove, store.writes);
    }
}
