/**
 * The practice's coaches as the owner manages them: the roster with each coach's client count,
 * disabling a coach (handing their clients to another) and enabling them again. A slice of its own
 * because it moves clients, and the clients feature already depends on accounts.
 */
@NullMarked
package app.debrief.team;

import org.jspecify.annotations.NullMarked;
