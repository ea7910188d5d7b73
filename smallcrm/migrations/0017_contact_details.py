"""What real address books carry about a person and the party table had no place for:

- the parts of a name as vCard's N has them (``name_prefix`` "Dott.", ``middle_name``, ``name_suffix`` "Jr."),
  with ``first_name`` and ``last_name`` as the given and family name they always were; the display name stays
  "first last", so lists, sorting and matching read as before;
- ``nickname``, ``department`` (of the person at their company, or a company's own unit: vCard's second ORG
  part) and ``anniversary`` (a date, as the birthday);
- ``party_photo``: a contact's picture (the bytes and their media type), at most one live per party, in its own
  table so that reading parties for a list never loads an image. It lives in the database (encrypted with it
  when the file is), cascades with the party and is erased with it.

Every existing row gets empty values: nothing is rewritten.
"""


def upgrade(db):
    for column in ("name_prefix", "middle_name", "name_suffix", "nickname", "department"):
        db.execute_sql(f'ALTER TABLE "party" ADD COLUMN "{column}" VARCHAR(255) NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "party" ADD COLUMN "anniversary" DATE')
    db.execute_sql(
        'CREATE TABLE "party_photo" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, '
        '"party_id" INTEGER NOT NULL, "media_type" VARCHAR(255) NOT NULL, "data" BLOB NOT NULL, '
        'FOREIGN KEY ("party_id") REFERENCES "party" ("id") ON DELETE CASCADE)')
    db.execute_sql('CREATE UNIQUE INDEX "party_photo_uid" ON "party_photo" ("uid")')
    db.execute_sql('CREATE INDEX "party_photo_updated_at" ON "party_photo" ("updated_at")')
    db.execute_sql('CREATE UNIQUE INDEX "party_photo_party_id" ON "party_photo" ("party_id")')
