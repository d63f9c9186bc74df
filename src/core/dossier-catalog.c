/* dossier-catalog.c — the known people, organizations and places
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-catalog-private.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "dossier-core-resources.h"
#include "dossier-error.h"
#include "dossier-normalize.h"

#define PACK_RESOURCE_DIR RESOURCE_BASE "/entities"

G_DEFINE_FINAL_TYPE (DossierCatalog, dossier_catalog, G_TYPE_OBJECT)

static void
alias_free (gpointer data)
{
  DossierAlias *alias = data;

  g_free (alias->text);
  g_free (alias->lang);
  g_free (alias->origin);
  g_free (alias);
}

static void
entity_free (gpointer data)
{
  DossierEntity *entity = data;

  if (entity == NULL)
    return;
  g_free (entity->id);
  g_free (entity->name);
  g_free (entity->wikidata);
  g_strfreev (entity->roles);
  g_free (entity->origin);
  g_ptr_array_unref (entity->aliases);
  g_free (entity);
}

static void
dossier_catalog_finalize (GObject *object)
{
  DossierCatalog *self = DOSSIER_CATALOG (object);

  g_clear_pointer (&self->linker, _dossier_linker_index_free);
  g_clear_pointer (&self->automaton, dossier_automaton_free);
  g_clear_pointer (&self->patterns, g_array_unref);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->never, g_hash_table_unref);
  g_clear_pointer (&self->rejected, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->index_of, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_catalog_parent_class)->finalize (object);
}

static void
dossier_catalog_class_init (DossierCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_catalog_finalize;
}

static void
dossier_catalog_init (DossierCatalog *self)
{
}

/* Builder */

struct _DossierCatalogBuilder
{
  GPtrArray  *entities;   /* DossierEntity*, NULL for removed ones */
  GHashTable *by_id;
  GHashTable *never;
  GArray     *rejected;
};

DossierCatalogBuilder *
_dossier_catalog_builder_new (void)
{
  DossierCatalogBuilder *b = g_new0 (DossierCatalogBuilder, 1);

  b->entities = g_ptr_array_new_with_free_func (entity_free);
  b->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  b->never = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b->rejected = g_array_new (FALSE, FALSE, sizeof (DossierRejectedSpan));
  return b;
}

void
_dossier_catalog_builder_free (DossierCatalogBuilder *b)
{
  if (b == NULL)
    return;
  g_clear_pointer (&b->by_id, g_hash_table_unref);
  g_clear_pointer (&b->entities, g_ptr_array_unref);
  g_clear_pointer (&b->never, g_hash_table_unref);
  g_clear_pointer (&b->rejected, g_array_unref);
  g_free (b);
}

gboolean
dossier_entity_id_is_valid (const char *id)
{
  const char *p;

  if (id == NULL || *id == '\0' || *id == '-')
    return FALSE;
  for (p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return p[-1] != '-' && strstr (id, "--") == NULL;
}

const char *
dossier_entity_get_name_for_language (const DossierEntity *entity,
                                      const char          *lang)
{
  g_return_val_if_fail (entity != NULL, NULL);

  if (lang == NULL || g_str_equal (lang, "en"))
    return entity->name;
  for (guint i = 0; entity->aliases != NULL && i < entity->aliases->len; i++)
    {
      const DossierAlias *alias = g_ptr_array_index (entity->aliases, i);

      if (g_strcmp0 (alias->lang, lang) == 0)
        return alias->text;
    }
  return entity->name;
}

DossierEntity *
_dossier_catalog_builder_lookup (DossierCatalogBuilder *b,
                                 const char            *id)
{
  return g_hash_table_lookup (b->by_id, id);
}

DossierEntity *
_dossier_catalog_builder_entity (DossierCatalogBuilder *b,
                                 const char            *id,
                                 DossierSpanKind        kind,
                                 const char            *name,
                                 const char            *wikidata,
                                 const char * const    *roles,
                                 const char            *origin,
                                 gboolean               replace)
{
  DossierEntity *entity = g_hash_table_lookup (b->by_id, id);
  static const char * const no_roles[] = { NULL };

  if (entity != NULL && !replace)
    return entity;
  if (entity == NULL)
    {
      entity = g_new0 (DossierEntity, 1);
      entity->id = g_strdup (id);
      entity->aliases = g_ptr_array_new_with_free_func (alias_free);
      g_ptr_array_add (b->entities, entity);
      g_hash_table_insert (b->by_id, entity->id, entity);
    }
  entity->kind = kind;
  g_free (entity->name);
  entity->name = g_strdup (name);
  g_free (entity->wikidata);
  entity->wikidata = g_strdup (wikidata);
  g_strfreev (entity->roles);
  entity->roles = g_strdupv ((char **) (roles ? roles : no_roles));
  g_free (entity->origin);
  entity->origin = g_strdup (origin ? origin : "pack");
  return entity;
}

void
_dossier_catalog_builder_alias (DossierCatalogBuilder *b,
                                DossierEntity         *entity,
                                const char            *text,
                                const char            *lang,
                                const char            *origin)
{
  DossierAlias *alias;
  guint i;

  for (i = 0; i < entity->aliases->len; i++)
    {
      DossierAlias *a = g_ptr_array_index (entity->aliases, i);

      if (g_strcmp0 (a->text, text) == 0 && g_strcmp0 (a->lang, lang) == 0)
        return;
    }
  alias = g_new0 (DossierAlias, 1);
  alias->text = g_strdup (text);
  alias->lang = g_strdup (lang);
  alias->origin = g_strdup (origin ? origin : "pack");
  g_ptr_array_add (entity->aliases, alias);
}

void
_dossier_catalog_builder_remove (DossierCatalogBuilder *b,
                                 const char            *id)
{
  DossierEntity *entity = g_hash_table_lookup (b->by_id, id);
  guint i;

  if (entity == NULL)
    return;
  g_hash_table_remove (b->by_id, id);
  for (i = 0; i < b->entities->len; i++)
    if (g_ptr_array_index (b->entities, i) == entity)
      {
        g_ptr_array_remove_index (b->entities, i);
        break;
      }
}

void
_dossier_catalog_builder_never (DossierCatalogBuilder *b,
                                const char            *text)
{
  char *folded = dossier_normalize_string (text);

  if (*folded == '\0')
    g_free (folded);
  else
    g_hash_table_add (b->never, folded);
}

void
_dossier_catalog_builder_rejected (DossierCatalogBuilder *b,
                                   gint64                 article_id,
                                   guint                  start,
                                   guint                  end)
{
  DossierRejectedSpan r = { article_id, start, end };

  g_array_append_val (b->rejected, r);
}

guint
_dossier_catalog_builder_n_entities (DossierCatalogBuilder *b)
{
  return b->entities->len;
}

GPtrArray *
_dossier_catalog_builder_get_entities (DossierCatalogBuilder *b)
{
  return b->entities;
}

/* Packs */

static gboolean
pack_error (GError    **error,
            const char *source,
            guint       index,
            const char *what)
{
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
               _("Entity pack “%s”, entity %u: %s"), source, index + 1, what);
  return FALSE;
}

static const char *
member_string (JsonObject *o,
               const char *name)
{
  JsonNode *node = json_object_get_member (o, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
add_pack_entity (DossierCatalogBuilder *b,
                 JsonNode              *node,
                 guint                  index,
                 const char            *source,
                 GError               **error)
{
  JsonObject *o, *aliases;
  const char *id, *kind_name, *name, *wikidata;
  DossierSpanKind kind;
  g_autoptr(GPtrArray) roles = g_ptr_array_new ();
  DossierEntity *entity;
  JsonNode *member;
  GList *langs, *l;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return pack_error (error, source, index, _("not a JSON object"));
  o = json_node_get_object (node);
  id = member_string (o, "id");
  if (!dossier_entity_id_is_valid (id))
    return pack_error (error, source, index,
                       _("“id” must be lowercase ASCII words joined by “-”"));
  kind_name = member_string (o, "kind");
  if (kind_name == NULL || !dossier_span_kind_from_string (kind_name, &kind) ||
      !dossier_span_kind_is_entity (kind))
    return pack_error (error, source, index,
                       _("“kind” must be person, organization or place"));
  name = member_string (o, "name");
  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    return pack_error (error, source, index, _("“name” is missing"));
  wikidata = member_string (o, "wikidata");

  member = json_object_get_member (o, "roles");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      JsonArray *array;
      guint i;

      if (!JSON_NODE_HOLDS_ARRAY (member))
        return pack_error (error, source, index, _("“roles” must be an array of strings"));
      array = json_node_get_array (member);
      for (i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *r = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (r) || json_node_get_value_type (r) != G_TYPE_STRING)
            return pack_error (error, source, index, _("“roles” must be an array of strings"));
          g_ptr_array_add (roles, (gpointer) json_node_get_string (r));
        }
    }
  g_ptr_array_add (roles, NULL);

  member = json_object_get_member (o, "aliases");
  if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    return pack_error (error, source, index, _("“aliases” must be an object of arrays per language"));
  aliases = json_node_get_object (member);

  entity = _dossier_catalog_builder_entity (b, id, kind, name, wikidata,
                                            (const char * const *) roles->pdata,
                                            "pack", FALSE);
  if (entity->kind != kind)
    return pack_error (error, source, index,
                       _("the id is already used by an entity of another kind"));
  _dossier_catalog_builder_alias (b, entity, name, NULL, "pack");

  langs = json_object_get_members (aliases);
  for (l = langs; l != NULL; l = l->next)
    {
      const char *lang = l->data;
      JsonNode *list = json_object_get_member (aliases, lang);
      JsonArray *array;
      guint i;

      if (!JSON_NODE_HOLDS_ARRAY (list))
        {
          g_list_free (langs);
          return pack_error (error, source, index, _("“aliases” must be an object of arrays per language"));
        }
      array = json_node_get_array (list);
      for (i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *a = json_array_get_element (array, i);
          const char *text;

          if (!JSON_NODE_HOLDS_VALUE (a) || json_node_get_value_type (a) != G_TYPE_STRING)
            {
              g_list_free (langs);
              return pack_error (error, source, index, _("an alias is not a string"));
            }
          text = json_node_get_string (a);
          if (*text != '\0')
            _dossier_catalog_builder_alias (b, entity, text, lang, "pack");
        }
    }
  g_list_free (langs);
  return TRUE;
}

gboolean
_dossier_catalog_builder_add_pack (DossierCatalogBuilder *b,
                                   const char            *data,
                                   gsize                  len,
                                   const char            *source,
                                   GError               **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *entities;
  JsonArray *array;
  guint i;

  if (!g_utf8_validate (data, len, NULL))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING,
                   _("Entity pack “%s” is not valid UTF-8"), source);
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("Entity pack “%s” is not valid JSON: %s"), source, local_error->message);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("Entity pack “%s” must be a JSON object with an “entities” array"), source);
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  entities = json_object_get_member (root, "entities");
  if (entities == NULL || !JSON_NODE_HOLDS_ARRAY (entities))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("Entity pack “%s” must be a JSON object with an “entities” array"), source);
      return FALSE;
    }
  array = json_node_get_array (entities);
  for (i = 0; i < json_array_get_length (array); i++)
    if (!add_pack_entity (b, json_array_get_element (array, i), i, source, error))
      return FALSE;
  return TRUE;
}

/* The story packs first, then countries, places and cities: when two packs
 * give the same alias, the first one's entity wins. */
static int
pack_rank (const char *name)
{
  static const char * const generic[] = { "countries.json", "places.json", "cities.json" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (generic); i++)
    if (g_str_equal (name, generic[i]))
      return i + 1;
  return 0;
}

static int
pack_order (gconstpointer a,
            gconstpointer b)
{
  const char *x = *(const char **) a, *y = *(const char **) b;
  int rx = pack_rank (x), ry = pack_rank (y);

  if (rx != ry)
    return rx - ry;
  return strcmp (x, y);
}

gboolean
_dossier_catalog_builder_add_builtin (DossierCatalogBuilder *b,
                                      GError               **error)
{
  GResource *resource = dossier_core_get_resource ();
  g_auto(GStrv) names = NULL;
  guint i;

  names = g_resource_enumerate_children (resource, PACK_RESOURCE_DIR,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("The program was built without its entity packs (%s)"), PACK_RESOURCE_DIR);
      return FALSE;
    }
  qsort (names, g_strv_length (names), sizeof (char *), pack_order);
  for (i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (PACK_RESOURCE_DIR "/", names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      gsize len;
      const char *data;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
      bytes = g_resource_lookup_data (resource, path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &len);
      if (!_dossier_catalog_builder_add_pack (b, data, len, path, error))
        return FALSE;
    }
  return TRUE;
}

/* Compiling */

guint
_dossier_fold_to_array (const char  *text,
                        gunichar   **out)
{
  g_autoptr(DossierNormalized) n = dossier_normalized_new (text);
  guint start = 0, end = n->n_norm;

  while (start < end && n->norm[start] == ' ')
    start++;
  while (end > start && n->norm[end - 1] == ' ')
    end--;
  *out = g_memdup2 (n->norm + start, (end - start + 1) * sizeof (gunichar));
  return end - start;
}

static guint32
alias_flags (const char *text)
{
  gboolean has_lower = FALSE;
  guint n_upper = 0;
  const char *p;
  gunichar first = g_utf8_get_char (text);
  guint32 flags = 0;

  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        has_lower = TRUE;
      else if (g_unichar_isupper (c))
        n_upper++;
    }
  /* A proper noun in a script with case: "Gulf" must not match "gulf",
   * "US" must not match "us". */
  if (g_unichar_isupper (first) || g_unichar_istitle (first))
    flags |= TARGET_CAPITALIZED;
  if (!has_lower && n_upper >= 2)
    flags |= TARGET_ALL_CAPS;
  return flags;
}

typedef struct
{
  guint32 pattern;
  DossierTarget target;
} PendingTarget;

static int
pending_cmp (gconstpointer a,
             gconstpointer b)
{
  const PendingTarget *x = a, *y = b;

  if (x->pattern != y->pattern)
    return x->pattern < y->pattern ? -1 : 1;
  /* Stable by entity order: the first pack wins ambiguous aliases. */
  return x->target.entity < y->target.entity ? -1 : x->target.entity > y->target.entity;
}

DossierCatalog *
_dossier_catalog_builder_finish (DossierCatalogBuilder *b)
{
  DossierCatalog *self = g_object_new (DOSSIER_TYPE_CATALOG, NULL);
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (PendingTarget));
  GHashTableIter iter;
  gpointer key;
  guint i, j, n_patterns = 0;

  self->entities = g_steal_pointer (&b->entities);
  self->by_id = g_steal_pointer (&b->by_id);
  self->never = g_steal_pointer (&b->never);
  self->rejected = g_steal_pointer (&b->rejected);
  self->index_of = g_hash_table_new (NULL, NULL);
  {
    /* Most aliases share no prefix: their total length bounds the states. */
    gsize total = 0;

    for (i = 0; i < self->entities->len; i++)
      {
        DossierEntity *entity = g_ptr_array_index (self->entities, i);

        for (j = 0; j < entity->aliases->len; j++)
          total += g_utf8_strlen (((DossierAlias *) g_ptr_array_index (entity->aliases, j))->text, -1);
      }
    self->automaton = dossier_automaton_new_sized (MIN (total, G_MAXUINT / 2));
  }
  self->patterns = g_array_new (FALSE, FALSE, sizeof (DossierPattern));
  self->targets = g_array_new (FALSE, FALSE, sizeof (DossierTarget));
  _dossier_catalog_builder_free (b);

  for (i = 0; i < self->entities->len; i++)
    {
      DossierEntity *entity = g_ptr_array_index (self->entities, i);

      g_hash_table_insert (self->index_of, entity, GUINT_TO_POINTER (i + 1));
      for (j = 0; j < entity->aliases->len; j++)
        {
          DossierAlias *alias = g_ptr_array_index (entity->aliases, j);
          g_autofree gunichar *folded = NULL;
          guint len = _dossier_fold_to_array (alias->text, &folded);
          PendingTarget t;

          if (len == 0)
            continue;
          t.pattern = dossier_automaton_add (self->automaton, folded, len, n_patterns);
          if (t.pattern == n_patterns)
            {
              DossierPattern p = { 0, 0, len };

              g_array_append_val (self->patterns, p);
              n_patterns++;
            }
          t.target.entity = i;
          t.target.flags = alias_flags (alias->text);
          g_array_append_val (pending, t);
          self->n_aliases++;
        }
    }

  g_hash_table_iter_init (&iter, self->never);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree gunichar *folded = NULL;
      guint len = _dossier_fold_to_array (key, &folded);
      PendingTarget t;

      if (len == 0)
        continue;
      t.pattern = dossier_automaton_add (self->automaton, folded, len, n_patterns);
      if (t.pattern == n_patterns)
        {
          DossierPattern p = { 0, 0, len };

          g_array_append_val (self->patterns, p);
          n_patterns++;
        }
      t.target.entity = G_MAXUINT32;
      t.target.flags = TARGET_BLOCKER;
      g_array_append_val (pending, t);
    }

  g_array_sort (pending, pending_cmp);
  for (i = 0; i < pending->len; i++)
    {
      PendingTarget *t = &g_array_index (pending, PendingTarget, i);
      DossierPattern *p = &g_array_index (self->patterns, DossierPattern, t->pattern);

      if (p->n_targets == 0)
        p->first_target = self->targets->len;
      /* The same alias twice for one entity (two languages) adds nothing. */
      if (p->n_targets > 0)
        {
          DossierTarget *last = &g_array_index (self->targets, DossierTarget, self->targets->len - 1);

          if (last->entity == t->target.entity && last->flags == t->target.flags)
            continue;
        }
      g_array_append_val (self->targets, t->target);
      p->n_targets++;
    }
  dossier_automaton_compile (self->automaton);
  self->linker = _dossier_linker_index_new (self);
  return self;
}

/* Public API */

DossierCatalog *
dossier_catalog_new_builtin (GError **error)
{
  DossierCatalogBuilder *b = _dossier_catalog_builder_new ();

  if (!_dossier_catalog_builder_add_builtin (b, error))
    {
      _dossier_catalog_builder_free (b);
      return NULL;
    }
  return _dossier_catalog_builder_finish (b);
}

DossierCatalog *
dossier_catalog_new_from_files (const char * const *paths,
                                GError            **error)
{
  DossierCatalogBuilder *b;
  guint i;

  g_return_val_if_fail (paths != NULL, NULL);

  b = _dossier_catalog_builder_new ();
  for (i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *data = NULL;
      g_autoptr(GError) local_error = NULL;
      gsize len;

      if (!g_file_get_contents (paths[i], &data, &len, &local_error))
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                       _("Could not read entity pack “%s”: %s"), paths[i], local_error->message);
          _dossier_catalog_builder_free (b);
          return NULL;
        }
      if (!_dossier_catalog_builder_add_pack (b, data, len, paths[i], error))
        {
          _dossier_catalog_builder_free (b);
          return NULL;
        }
    }
  return _dossier_catalog_builder_finish (b);
}

guint
dossier_catalog_get_n_entities (DossierCatalog *self)
{
  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), 0);
  return self->entities->len;
}

const DossierEntity *
dossier_catalog_get_entity (DossierCatalog *self,
                            guint           index)
{
  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), NULL);
  g_return_val_if_fail (index < self->entities->len, NULL);
  return g_ptr_array_index (self->entities, index);
}

const DossierEntity *
dossier_catalog_lookup (DossierCatalog *self,
                        const char     *id)
{
  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->by_id, id);
}

guint
dossier_catalog_get_n_aliases (DossierCatalog *self)
{
  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), 0);
  return self->n_aliases;
}

gsize
dossier_catalog_get_automaton_size (DossierCatalog *self)
{
  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), 0);
  return dossier_automaton_get_size (self->automaton) +
         self->patterns->len * sizeof (DossierPattern) +
         self->targets->len * sizeof (DossierTarget);
}

gboolean
dossier_catalog_is_rejected_span (DossierCatalog *self,
                                  gint64          article_id,
                                  guint           start,
                                  guint           end)
{
  guint i;

  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), FALSE);

  for (i = 0; i < self->rejected->len; i++)
    {
      DossierRejectedSpan *r = &g_array_index (self->rejected, DossierRejectedSpan, i);

      if (r->article_id == article_id && r->start < end && start < r->end)
        return TRUE;
    }
  return FALSE;
}

gboolean
dossier_catalog_is_never_entity (DossierCatalog *self,
                                 const char     *text)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (DOSSIER_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (g_hash_table_size (self->never) == 0)
    return FALSE;
  folded = dossier_normalize_string (text);
  return g_hash_table_contains (self->never, folded);
}
