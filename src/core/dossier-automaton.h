/* dossier-automaton.h — Aho–Corasick automaton over code points
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DossierAutomaton DossierAutomaton;

/* Called for every pattern occurrence, [start, end) in text positions,
 * with the value given to dossier_automaton_add(). */
typedef void (*DossierAutomatonFunc) (guint    start,
                                      guint    end,
                                      guint    value,
                                      gpointer user_data);

DossierAutomaton *dossier_automaton_new        (void);
/* Reserves room for about this many states (the total pattern length). */
DossierAutomaton *dossier_automaton_new_sized  (guint                   expected_states);
void              dossier_automaton_free       (DossierAutomaton       *self);
/* Adds a pattern before compiling. Returns the value already stored for an
 * identical pattern, or value when the pattern is new. */
guint             dossier_automaton_add        (DossierAutomaton       *self,
                                                const gunichar         *pattern,
                                                guint                   len,
                                                guint                   value);
void              dossier_automaton_compile    (DossierAutomaton       *self);
void              dossier_automaton_scan       (const DossierAutomaton *self,
                                                const gunichar         *text,
                                                guint                   len,
                                                DossierAutomatonFunc    func,
                                                gpointer                user_data);
/* The same occurrences as dossier_automaton_scan() except those that
 * start inside a word: a letter or digit of a script written with spaces
 * (dossier_unichar_is_word()) right after another one. They come by
 * start, then by end. */
void              dossier_automaton_scan_word_starts (const DossierAutomaton *self,
                                                      const gunichar         *text,
                                                      guint                   len,
                                                      DossierAutomatonFunc    func,
                                                      gpointer                user_data);
guint             dossier_automaton_get_n_states (const DossierAutomaton *self);
/* Bytes held by the compiled automaton. */
gsize             dossier_automaton_get_size   (const DossierAutomaton *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAutomaton, dossier_automaton_free)

G_END_DECLS
