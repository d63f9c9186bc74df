/* dossier-cli.h — shared by the dossier-cli command files
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, see the README's command-line section. */
enum {
  DOSSIER_CLI_OK = 0,
  DOSSIER_CLI_SOME_FAILED = 1,
  DOSSIER_CLI_USAGE = 2,
};

typedef struct
{
  char *library_option;   /* --library, given before or after the command */
  char *library_dir;      /* resolved on first use */
} DossierCliContext;

/* Each command parses its own options from argv (argv[0] is the command
 * name) and returns one of the exit statuses above. */
typedef int (*DossierCliCommandFunc) (DossierCliContext *ctx,
                                      int                argc,
                                      char             **argv);

/* Parses @entries from @argv; on a usage error prints it with the
 * command's help and returns FALSE. */
gboolean dossier_cli_parse_options (DossierCliContext *ctx,
                                    const char    *command,
                                    const char    *parameter_string,
                                    const char    *summary,
                                    GOptionEntry  *entries,
                                    int           *argc,
                                    char        ***argv);

/* The library folder: --library, else $DOSSIER_LIBRARY, else the default. */
const char *dossier_cli_library_dir (DossierCliContext *ctx);

/* Commands (dossier-cli-NAME.c). */
int dossier_cli_analyze (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_article (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_import  (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_list    (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_search  (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_export  (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_restore (DossierCliContext *ctx, int argc, char **argv);
int dossier_cli_timeline (DossierCliContext *ctx, int argc, char **argv);

/* Prints "error FILE: REASON" to stderr. */
void     dossier_cli_print_error   (const char    *file,
                                    const char    *reason);

G_END_DECLS
