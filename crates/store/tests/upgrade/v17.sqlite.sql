PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE _sqlx_migrations (
    version BIGINT PRIMARY KEY,
    description TEXT NOT NULL,
    installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    success BOOLEAN NOT NULL,
    checksum BLOB NOT NULL,
    execution_time BIGINT NOT NULL
);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-29 22:25:51', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 3473795);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-29 22:25:51', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 1342138);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (3, 'notifications', '2026-11-29 22:25:51', 1, X'ac9825ccecab90acb3efefe4f3d758a99512214b53c0f282d852d669d1bc9278ac4e07c18be14508c59c0a34550f0f4e', 1015744);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (4, 'escalation routing', '2026-11-29 22:25:51', 1, X'75c6e920fafe3a4250f97a931ef9d643e0c18fc7be501a122a5559aa3fbada0d0ce7ea6017e3534057cee8a6e6a7ca44', 2614412);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (5, 'staff sessions', '2026-11-29 22:25:51', 1, X'90a0392224d1c5285e1d998a6370de47f4b21b92e6552f02816edc4a99116f0c75c8e0f8ab5cafe2f6e5939141f71069', 1904731);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (6, 'response guide', '2026-11-29 22:25:51', 1, X'53c589d695a7a1d20e53e304fda52c0d6aca42b1c13690854045c382ca615ca8c439dfb7a4a9c1302c2415f15ac8e349', 917218);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (7, 'search', '2026-11-29 22:25:51', 1, X'2bdb6635a4b4147919e9554823a764e2252db043ab4f9b714bd1fc2bce76ec4d5b405bacaf1215f6a402a48b4fd2f0b2', 1162311);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (8, 'unit queue index', '2026-11-29 22:25:51', 1, X'e030c0bd32182999b39285514c0626e6d58b2eff20f16717ec1694f0f42b78d4e92d980a6c88da2d55a33766a014705a', 860604);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (9, 'duplicates', '2026-11-29 22:25:51', 1, X'0ec041c41ad227009e39a359b8277d35d6f72266f6772ec62b25c796298c0a99bc35f9ec4e27937e9432f8b30f4e1fba', 1406422);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (10, 'admin audit', '2026-11-29 22:25:51', 1, X'a19cb4607c6e63f7834392124daaff31ed4471236af2e23dc27d804ff0cd49b6e3ce7ddb690418c6d56d5e2558a1234e', 1141911);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (11, 'queue filter indexes', '2026-11-29 22:25:51', 1, X'a20b69e6faf96302118be6c44fabc3233ec2eca9f1c405d4d9d4f11c57e4423ed6c97296d32c54b3c45473888233bd57', 1141761);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (12, 'totp', '2026-11-29 22:25:51', 1, X'088c13e4e755a7cb5e792df664eba65d47bd6494921b3e209ee7b256577f4d1ace0aa730c417bb2591031bf85f20dd83', 1818813);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (13, 'phone channels', '2026-11-29 22:25:51', 1, X'b173388c88b304fec87e66c7430862c7b2e7de66972bab130dfd180ce7b7f2b9761167d5be1f86be550ce324c6ecad36', 1809580);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (14, 'open311', '2026-11-29 22:25:51', 1, X'b19d31733831fd8741848db8063b8d4e66fa092d3f3dc1c707cdb409aac47f11f47e3c05ea8e2a8ed13ccf905fa774b7', 1254158);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (15, 'stats', '2026-11-29 22:25:51', 1, X'd5d8345d8d5d629a41825bcf6093c6dc83a38a154789b70d93d440ba4c33b0d0e107d82e907bf8bc00f100d829c60e5c', 1629002);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (16, 'stats rollup', '2026-11-29 22:25:51', 1, X'746c58b6b39dc1e14acd3e675852c87a76b70d3eb0c590cde6a7f4a94defdeb6f6c3fb9799764c4f642de16204b05e95', 1057806);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (17, 'attachment blobs', '2026-11-29 22:25:51', 1, X'1b22c664067f27889a31bb2e6f1d0b81b07d5d03c9f70d426466457826c478c9e1a2b831bf224a68b4aaa72900459f15', 845102);
CREATE TABLE departments (
    code TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('EDU', 'Éducation', 'Education');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('SAN', 'Santé', 'Health');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('FP', 'Fonction publique', 'Civil service');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('JUS', 'Justice', 'Justice');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('GEN', 'À orienter', 'To be routed');
CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    capital TEXT NOT NULL
);
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF13', 'Kadiogo', 'Ouagadougou');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF47', 'Tannounyan', 'Banfora');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF48', 'Nakambé', 'Tenkodogo');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF49', 'Kuilsé', 'Kaya');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF50', 'Nando', 'Koudougou');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF51', 'Nazinon', 'Manga');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF53', 'Guiriko', 'Bobo-Dioulasso');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF54', 'Yaadga', 'Ouahigouya');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF55', 'Oubri', 'Ziniaré');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF57', 'Djôrô', 'Gaoua');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF58', 'Sirba', 'Bogandé');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF59', 'Soum', 'Djibo');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF60', 'Tapoa', 'Diapaga');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF61', 'Sourou', 'Tougan');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF62', 'Bankui', 'Dédougou');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF63', 'Goulmou', 'Fada N''Gourma');
INSERT INTO "regions" ("code", "name", "capital") VALUES ('BF64', 'Liptako', 'Dori');
CREATE TABLE provinces (
    code TEXT PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions(code),
    name TEXT NOT NULL,
    capital TEXT NOT NULL
);
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4601', 'BF62', 'Balé', 'Boromo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4602', 'BF62', 'Banwa', 'Solenzo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4604', 'BF62', 'Mouhoun', 'Dédougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5701', 'BF57', 'Bougouriba', 'Diébougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5702', 'BF57', 'Ioba', 'Dano');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5703', 'BF57', 'Noumbiel', 'Batié');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5704', 'BF57', 'Poni', 'Gaoua');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5202', 'BF63', 'Gourma', 'Fada N''Gourma');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5204', 'BF63', 'Kompienga', 'Pama');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5301', 'BF53', 'Houet', 'Bobo-Dioulasso');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5302', 'BF53', 'Kénédougou', 'Orodara');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5303', 'BF53', 'Tuy', 'Houndé');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF1300', 'BF13', 'Kadiogo', 'Ouagadougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4901', 'BF49', 'Bam', 'Kongoussi');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4902', 'BF49', 'Namentenga', 'Boulsa');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4903', 'BF49', 'Sandbondtenga', 'Kaya');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5601', 'BF64', 'Oudalan', 'Gorom-Gorom');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5602', 'BF64', 'Séno', 'Dori');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5604', 'BF64', 'Yagha', 'Sebba');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4801', 'BF48', 'Boulgou', 'Tenkodogo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4802', 'BF48', 'Koulpélogo', 'Ouargaye');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4803', 'BF48', 'Kouritenga', 'Koupéla');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5001', 'BF50', 'Boulkiemdé', 'Koudougou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5002', 'BF50', 'Sanguié', 'Réo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5003', 'BF50', 'Sissili', 'Léo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5004', 'BF50', 'Ziro', 'Sapouy');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5101', 'BF51', 'Bazèga', 'Kombissiri');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5102', 'BF51', 'Nahouri', 'Pô');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5103', 'BF51', 'Zoundwéogo', 'Manga');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5503', 'BF55', 'Bassitenga', 'Ziniaré');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5501', 'BF55', 'Ganzourgou', 'Zorgho');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5502', 'BF55', 'Kourwéogo', 'Boussé');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5201', 'BF58', 'Gnagna', 'Bogandé');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5203', 'BF58', 'Komondjari', 'Gayéri');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5603', 'BF59', 'Djelgodji', 'Djibo');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5603-2', 'BF59', 'Karo-Peli', 'Arbinda');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4603', 'BF61', 'Koosin', 'Nouna');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4605', 'BF61', 'Nayala', 'Toma');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4606', 'BF61', 'Sourou', 'Tougan');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4701', 'BF47', 'Comoé', 'Banfora');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF4702', 'BF47', 'Léraba', 'Sindou');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5205-2', 'BF60', 'Dyamongou', 'Kantchari');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5205', 'BF60', 'Gobnangou', 'Diapaga');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5401', 'BF54', 'Loroum', 'Titao');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5402', 'BF54', 'Passoré', 'Yako');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5403', 'BF54', 'Yatenga', 'Ouahigouya');
INSERT INTO "provinces" ("code", "region_code", "name", "capital") VALUES ('BF5404', 'BF54', 'Zondoma', 'Gourcy');
CREATE TABLE communes (
    code TEXT PRIMARY KEY,
    province_code TEXT NOT NULL REFERENCES provinces(code),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    lat REAL,
    long REAL
);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130001', 'BF1300', 'Komki-Ipala', 'rural', 12.1695, -1.7455);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130002', 'BF1300', 'Komsilga', 'rural', 12.1879, -1.5984);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130003', 'BF1300', 'Koubri', 'rural', 12.2223, -1.2711);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130004', 'BF1300', 'Ouagadougou', 'urban', 12.3737, -1.537);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130005', 'BF1300', 'Pabré', 'rural', 12.5341, -1.611);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130006', 'BF1300', 'Saaba', 'rural', 12.3893, -1.3506);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF130007', 'BF1300', 'Tanguen-Dassouri', 'rural', 12.3145, -1.7191);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460101', 'BF4601', 'Bagassi', 'rural', 11.7427, -3.2622);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460102', 'BF4601', 'Bana', 'rural', 11.9435, -3.4078);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460103', 'BF4601', 'Boromo', 'urban', 11.6744, -2.9602);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460104', 'BF4601', 'Fara', 'rural', 11.4297, -2.7278);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460105', 'BF4601', 'Ouri', 'rural', 11.9753, -3.0592);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460106', 'BF4601', 'Pâ', 'rural', 11.5831, -3.2639);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460107', 'BF4601', 'Pompoï', 'rural', 11.8777, -3.2469);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460108', 'BF4601', 'Poura', 'rural', 11.6321, -2.7544);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460109', 'BF4601', 'Siby', 'rural', 11.8607, -2.933);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460110', 'BF4601', 'Yaho', 'rural', 11.8194, -3.4856);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460201', 'BF4602', 'Balavé', 'rural', 12.3783, -4.1939);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460202', 'BF4602', 'Kouka', 'rural', 11.9003, -4.3557);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460203', 'BF4602', 'Sami', 'rural', 12.1772, -4.4585);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460204', 'BF4602', 'Sanaba', 'rural', 12.42, -3.7948);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460205', 'BF4602', 'Solenzo', 'urban', 12.1463, -4.0794);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460206', 'BF4602', 'Tansila', 'rural', 12.5412, -4.3307);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460301', 'BF4603', 'Barani', 'rural', 13.1248, -3.7568);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460302', 'BF4603', 'Bomborokui', 'rural', 12.9826, -3.9539);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460303', 'BF4603', 'Bourasso', 'rural', 12.6091, -3.6785);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460304', 'BF4603', 'Djibasso', 'rural', 13.1698, -4.1281);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460305', 'BF4603', 'Dokui', 'rural', 12.5619, -4.0581);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460306', 'BF4603', 'Doumbala', 'rural', 12.8606, -4.1455);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460307', 'BF4603', 'Kombori', 'rural', 13.3732, -3.9483);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460308', 'BF4603', 'Madouba', 'rural', 13.1133, -4.276);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460309', 'BF4603', 'Nouna', 'urban', 12.7916, -3.8217);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460311', 'BF4603', 'Sônô', 'rural', 12.8465, -3.5107);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460401', 'BF4604', 'Bondokui', 'rural', 11.8877, -3.7426);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460402', 'BF4604', 'Dédougou', 'urban', 12.4314, -3.4833);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460403', 'BF4604', 'Douroula', 'rural', 12.5324, -3.305);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460404', 'BF4604', 'Kona', 'rural', 12.1274, -3.4466);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460405', 'BF4604', 'Ouarkoye', 'rural', 12.1225, -3.7009);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460406', 'BF4604', 'Safané', 'rural', 12.1228, -3.2359);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460407', 'BF4604', 'Tchériba', 'rural', 12.2548, -3.0124);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460501', 'BF4605', 'Gassan', 'rural', 12.8077, -3.2358);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460502', 'BF4605', 'Gossina', 'rural', 12.5091, -2.8386);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460503', 'BF4605', 'Kougny', 'rural', 12.7114, -3.0535);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460504', 'BF4605', 'Toma', 'urban', 12.6845, -2.8841);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460505', 'BF4605', 'Yaba', 'rural', 12.8291, -2.8549);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460506', 'BF4605', 'Yé', 'rural', 12.5203, -3.0721);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460601', 'BF4606', 'Di', 'rural', 13.1652, -3.3891);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460602', 'BF4606', 'Gomboro', 'rural', 13.4451, -2.8237);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460603', 'BF4606', 'Kassoum', 'rural', 13.1025, -3.2616);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460604', 'BF4606', 'Kiembara', 'rural', 13.2919, -2.7617);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460605', 'BF4606', 'Lanfièra', 'rural', 12.9288, -3.4046);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460606', 'BF4606', 'Lankoué', 'rural', 13.2221, -2.5698);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460607', 'BF4606', 'Toéni', 'rural', 13.491, -3.1053);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF460608', 'BF4606', 'Tougan', 'urban', 13.0997, -2.9554);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470101', 'BF4701', 'Banfora', 'urban', 10.5833, -4.8152);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470102', 'BF4701', 'Bérégadougou', 'rural', 10.76, -4.7235);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470103', 'BF4701', 'Mangodara', 'rural', 9.9455, -4.4112);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470104', 'BF4701', 'Moussodougou', 'rural', 10.8278, -4.8975);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470105', 'BF4701', 'Niangoloko', 'urban', 10.0782, -4.7802);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470106', 'BF4701', 'Ouô', 'rural', 10.251, -3.9419);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470107', 'BF4701', 'Sidéradougou', 'rural', 10.4672, -4.2123);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470108', 'BF4701', 'Soubakaniédougou', 'rural', 10.4101, -5.0052);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470109', 'BF4701', 'Tiéfora', 'rural', 10.6141, -4.5696);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470201', 'BF4702', 'Dakôrô', 'rural', 10.4215, -5.1651);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470202', 'BF4702', 'Douna', 'rural', 10.6451, -5.0898);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470203', 'BF4702', 'Kankalaba', 'rural', 10.7587, -5.292);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470204', 'BF4702', 'Loumana', 'rural', 10.5992, -5.3889);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470205', 'BF4702', 'Niankôrôdougou', 'rural', 10.4167, -5.354);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470206', 'BF4702', 'Ouéléni', 'rural', 10.88, -5.3887);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470207', 'BF4702', 'Sindou', 'urban', 10.6881, -5.1827);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF470208', 'BF4702', 'Wolonkoto', 'rural', 10.7048, -5.0017);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480101', 'BF4801', 'Bagré', 'rural', 11.5629, -0.5107);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480102', 'BF4801', 'Bané', 'rural', 11.5201, -0.2769);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480103', 'BF4801', 'Béguédo', 'rural', 11.8023, -0.7447);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480104', 'BF4801', 'Bissiga', 'rural', 11.8195, -0.0702);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480105', 'BF4801', 'Bitou', 'urban', 11.293, -0.2922);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480106', 'BF4801', 'Boussouma', 'rural', 11.6723, -0.7036);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480107', 'BF4801', 'Garango', 'urban', 11.8528, -0.5677);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480108', 'BF4801', 'Komtoèga', 'rural', 11.8572, -0.6867);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480109', 'BF4801', 'Niaogho', 'rural', 11.7293, -0.8191);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480110', 'BF4801', 'Tenkodogo', 'urban', 11.749, -0.3236);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480111', 'BF4801', 'Zabré', 'rural', 11.1798, -0.5764);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480112', 'BF4801', 'Zoaga', 'rural', 11.0145, -0.6037);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480113', 'BF4801', 'Zonsé', 'rural', 11.3671, -0.5814);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480201', 'BF4802', 'Komin-Yanga', 'rural', 11.6798, 0.2018);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480202', 'BF4802', 'Dourtenga', 'rural', 11.6008, 0.0135);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480203', 'BF4802', 'Lalgaye', 'rural', 11.5328, -0.1025);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480204', 'BF4802', 'Ouargaye', 'urban', 11.4444, 0.04);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480205', 'BF4802', 'Sangha', 'rural', 11.1748, 0.1544);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480206', 'BF4802', 'Soudougui', 'rural', 11.3275, 0.4024);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480207', 'BF4802', 'Yargatenga', 'rural', 11.2288, 0.0004);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480208', 'BF4802', 'Yondé', 'rural', 11.481, 0.195);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480301', 'BF4803', 'Andemtenga', 'rural', 12.3827, -0.2964);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480302', 'BF4803', 'Baskouré', 'rural', 12.1713, -0.2188);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480303', 'BF4803', 'Dialgaye', 'rural', 11.9252, -0.3824);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480304', 'BF4803', 'Gounguen', 'rural', 12.1209, -0.1325);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480305', 'BF4803', 'Kando', 'rural', 12.418, -0.5031);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480306', 'BF4803', 'Koupèla', 'urban', 12.1592, -0.3429);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480307', 'BF4803', 'Pouytenga', 'urban', 12.2558, -0.4264);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480308', 'BF4803', 'Tensobentenga', 'rural', 11.9661, -0.2649);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF480309', 'BF4803', 'Yargo', 'rural', 12.0786, -0.2661);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490101', 'BF4901', 'Bourzanga', 'rural', 13.7172, -1.5354);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490102', 'BF4901', 'Guibaré', 'rural', 13.1003, -1.6203);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490103', 'BF4901', 'Kongoussi', 'urban', 13.3904, -1.5947);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490104', 'BF4901', 'Nasséré', 'rural', 13.3194, -1.3687);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490105', 'BF4901', 'Rollo', 'rural', 13.5851, -1.7503);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490106', 'BF4901', 'Roukô', 'rural', 13.2114, -1.6504);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490107', 'BF4901', 'Sabsé', 'rural', 13.207, -1.4701);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490108', 'BF4901', 'Tikaré', 'rural', 13.3593, -1.7626);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490109', 'BF4901', 'Zimtanga', 'rural', 13.4733, -1.4566);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490201', 'BF4902', 'Boala', 'rural', 12.9276, -0.6708);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490202', 'BF4902', 'Boulsa', 'urban', 12.6857, -0.5316);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490203', 'BF4902', 'Bouroum', 'rural', 13.6798, -0.6247);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490204', 'BF4902', 'Dargo', 'rural', 12.7047, -0.317);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490205', 'BF4902', 'Nagbingou', 'rural', 13.5711, -0.4849);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490206', 'BF4902', 'Tougouri', 'rural', 13.2006, -0.5113);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490207', 'BF4902', 'Yalgo', 'rural', 13.4932, -0.3422);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490208', 'BF4902', 'Zéguédéguen', 'rural', 12.9179, -0.4385);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490301', 'BF4903', 'Barsalogho', 'rural', 13.5296, -1.0374);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490302', 'BF4903', 'Boussouma', 'rural', 12.9489, -1.0865);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490303', 'BF4903', 'Dablo', 'rural', 13.677, -1.1959);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490304', 'BF4903', 'Kaya', 'urban', 13.1621, -1.1484);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490305', 'BF4903', 'Korsimoro', 'rural', 12.8193, -1.1674);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490306', 'BF4903', 'Mané', 'rural', 13.0313, -1.4151);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490307', 'BF4903', 'Namissiguima', 'rural', 13.4675, -1.3004);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490308', 'BF4903', 'Pensa', 'rural', 13.6858, -0.7953);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490309', 'BF4903', 'Pibaoré', 'rural', 12.8154, -0.7907);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490310', 'BF4903', 'Pissila', 'rural', 13.2017, -0.8278);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF490311', 'BF4903', 'Ziga', 'rural', 12.7133, -0.8906);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500101', 'BF5001', 'Bingo', 'rural', 12.3035, -1.9011);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500102', 'BF5001', 'Imasgho', 'rural', 12.4557, -2.3229);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500103', 'BF5001', 'Kindi', 'rural', 12.4463, -2.0551);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500104', 'BF5001', 'Kokologo', 'rural', 12.1875, -1.922);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500105', 'BF5001', 'Koudougou', 'urban', 12.2951, -2.3215);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500106', 'BF5001', 'Nanoro', 'rural', 12.6497, -2.1425);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500107', 'BF5001', 'Nandiala', 'rural', 12.3583, -2.1661);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500108', 'BF5001', 'Pella', 'rural', 12.5802, -2.0486);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500109', 'BF5001', 'Poa', 'rural', 12.2253, -2.0985);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500110', 'BF5001', 'Ramongo', 'rural', 12.1842, -2.2899);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500111', 'BF5001', 'Sabou', 'rural', 12.0808, -2.1899);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500112', 'BF5001', 'Siglé', 'rural', 12.5457, -1.8887);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500113', 'BF5001', 'Soa', 'rural', 12.5262, -2.1812);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500114', 'BF5001', 'Sourgou', 'rural', 12.0812, -2.3788);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500115', 'BF5001', 'Thiou', 'rural', 12.015, -2.1539);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500201', 'BF5002', 'Dassa', 'rural', 12.4193, -2.7268);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500202', 'BF5002', 'Didyr', 'rural', 12.5703, -2.6116);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500203', 'BF5002', 'Godyr', 'rural', 12.7328, -2.5854);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500204', 'BF5002', 'Kordié', 'rural', 12.5558, -2.3932);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500205', 'BF5002', 'Kyon', 'rural', 12.3244, -2.6396);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500206', 'BF5002', 'Pouni', 'rural', 11.9426, -2.5072);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500207', 'BF5002', 'Réo', 'urban', 12.3392, -2.4949);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500208', 'BF5002', 'Ténado', 'rural', 12.2006, -2.6684);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500209', 'BF5002', 'Zamo', 'rural', 11.9966, -2.7606);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500210', 'BF5002', 'Zawara', 'rural', 11.7607, -2.6927);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500301', 'BF5003', 'Bieha', 'rural', 11.1736, -1.7666);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500302', 'BF5003', 'Boura', 'rural', 11.1204, -2.4833);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500303', 'BF5003', 'Léo', 'urban', 11.084, -2.1075);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500304', 'BF5003', 'Nébiélianayou', 'rural', 11.8246, -2.3558);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500305', 'BF5003', 'Niabouri', 'rural', 11.2849, -2.6107);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500306', 'BF5003', 'Silly', 'rural', 11.5804, -2.498);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500307', 'BF5003', 'To', 'rural', 11.3576, -2.2633);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500401', 'BF5004', 'Bakata', 'rural', 11.8013, -1.8651);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500402', 'BF5004', 'Bougnounou', 'rural', 11.8775, -2.0772);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500403', 'BF5004', 'Kassou', 'rural', 11.5197, -2.002);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500404', 'BF5004', 'Dalô', 'rural', 11.7801, -2.1607);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500405', 'BF5004', 'Gaô', 'rural', 11.6235, -2.2394);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF500406', 'BF5004', 'Sapouy', 'urban', 11.5703, -1.6477);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510101', 'BF5101', 'Doulougou', 'rural', 11.9082, -1.4756);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510102', 'BF5101', 'Gaongo', 'rural', 12.0216, -1.0765);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510103', 'BF5101', 'Ipelsé', 'rural', 11.8874, -1.6014);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510104', 'BF5101', 'Kayao', 'rural', 12.0318, -1.8627);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510105', 'BF5101', 'Kombissiri', 'urban', 11.987, -1.3258);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510106', 'BF5101', 'Saponé', 'rural', 12.0385, -1.5781);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510107', 'BF5101', 'Toécé', 'rural', 11.7896, -1.3165);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510201', 'BF5102', 'Guiaro', 'rural', 11.2958, -1.4169);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510202', 'BF5102', 'Po', 'urban', 11.1738, -1.1544);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510203', 'BF5102', 'Tiébélé', 'rural', 11.0899, -0.9358);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510204', 'BF5102', 'Zecco', 'rural', 11.0152, -0.8821);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510205', 'BF5102', 'Ziou', 'rural', 11.0694, -0.7683);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510301', 'BF5103', 'Béré', 'rural', 11.8678, -1.0947);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510302', 'BF5103', 'Bindé', 'rural', 11.7911, -0.9732);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510303', 'BF5103', 'Gogo', 'rural', 11.4642, -0.9331);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510304', 'BF5103', 'Gomboussougou', 'rural', 11.4004, -0.7402);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510305', 'BF5103', 'Guiba', 'rural', 11.6503, -1.1453);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510306', 'BF5103', 'Manga', 'urban', 11.6476, -1.0487);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF510307', 'BF5103', 'Nobéré', 'rural', 11.5835, -1.2179);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520101', 'BF5201', 'Bilanga', 'rural', 12.5233, 0.0532);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520102', 'BF5201', 'Bogandé', 'urban', 12.9384, -0.0442);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520103', 'BF5201', 'Koala', 'rural', 13.3158, -0.0345);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520104', 'BF5201', 'Liptougou', 'rural', 13.0771, 0.3295);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520105', 'BF5201', 'Mani', 'rural', 13.2375, -0.2076);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520106', 'BF5201', 'Piéla', 'rural', 12.7259, -0.0585);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520107', 'BF5201', 'Thion', 'rural', 13.057, -0.3136);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520201', 'BF5202', 'Diabo', 'rural', 11.9508, -0.0012);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520202', 'BF5202', 'Diapangou', 'rural', 12.0903, 0.17);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520203', 'BF5202', 'Fada-Ngourma', 'urban', 11.9555, 0.4917);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520204', 'BF5202', 'Matiakoali', 'rural', 12.2449, 1.0337);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520205', 'BF5202', 'Tibga', 'rural', 12.2602, 0.0723);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520206', 'BF5202', 'Yamba', 'rural', 12.3258, 0.4427);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520301', 'BF5203', 'Bartiébougou', 'rural', 12.9041, 0.8145);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520302', 'BF5203', 'Foutouri', 'rural', 12.8136, 1.0556);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520303', 'BF5203', 'Gayéri', 'urban', 12.6703, 0.5565);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520401', 'BF5204', 'Kompienga', 'rural', 11.1095, 0.5917);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520402', 'BF5204', 'Madjoari', 'rural', 11.3941, 1.1821);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520403', 'BF5204', 'Pama', 'urban', 11.4872, 0.8514);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520501', 'BF5205-2', 'Botou', 'rural', 12.5142, 1.9967);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520502', 'BF5205', 'Diapaga', 'urban', 11.9924, 2.0365);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520503', 'BF5205-2', 'Kantchari', 'rural', 12.4313, 1.4622);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520504', 'BF5205', 'Lôgbou', 'rural', 11.5765, 1.6819);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520505', 'BF5205', 'Namouno', 'rural', 11.8496, 1.6757);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520506', 'BF5205', 'Partiaga', 'rural', 11.9524, 1.499);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520507', 'BF5205', 'Tambaga', 'rural', 11.7404, 1.5203);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF520508', 'BF5205', 'Tansarga', 'rural', 11.8498, 1.9223);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530101', 'BF5301', 'Bama', 'rural', 11.4345, -4.3881);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530102', 'BF5301', 'Bobo-Dioulasso', 'urban', 11.1742, -4.2822);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530103', 'BF5301', 'Dandé', 'rural', 11.5949, -4.5247);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530104', 'BF5301', 'Faramana', 'rural', 12.0338, -4.5533);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530105', 'BF5301', 'Fo', 'rural', 11.9018, -4.5434);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530106', 'BF5301', 'Karangasso-Sambla', 'rural', 11.2568, -4.6625);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530107', 'BF5301', 'Karangasso-Vigué', 'rural', 10.9419, -3.9077);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530108', 'BF5301', 'Koundougou', 'rural', 11.722, -4.5111);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530109', 'BF5301', 'Lèna', 'rural', 11.2618, -3.9534);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530110', 'BF5301', 'Padéma', 'rural', 11.7712, -4.1929);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530111', 'BF5301', 'Péni', 'rural', 10.8952, -4.3433);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530112', 'BF5301', 'Satiri', 'rural', 11.5795, -4.0503);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530113', 'BF5301', 'Toussiana', 'rural', 10.9078, -4.6549);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530201', 'BF5302', 'Banzon', 'rural', 11.2799, -4.8352);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530202', 'BF5302', 'Djigouèra', 'rural', 11.1678, -4.9224);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530203', 'BF5302', 'Kangala', 'rural', 11.0188, -5.2192);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530204', 'BF5302', 'Kayan', 'rural', 11.8591, -4.7186);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530205', 'BF5302', 'Kôlôkô', 'rural', 11.1866, -5.2521);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530206', 'BF5302', 'Kourinion', 'rural', 11.0303, -4.7806);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530207', 'BF5302', 'Kourouma', 'rural', 11.5599, -4.7424);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530208', 'BF5302', 'Morlaba', 'rural', 11.8215, -5.1316);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530209', 'BF5302', 'Ndôrôla', 'rural', 11.825, -4.8924);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530210', 'BF5302', 'Orodara', 'urban', 10.9834, -4.9745);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530211', 'BF5302', 'Samôgôyiri', 'rural', 10.9324, -5.1073);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530212', 'BF5302', 'Samôgôgouan', 'rural', 11.4272, -4.9713);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530213', 'BF5302', 'Sindo', 'rural', 11.531, -5.1556);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530301', 'BF5303', 'Békui', 'rural', 11.6715, -3.8874);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530302', 'BF5303', 'Béréba', 'rural', 11.6435, -3.6946);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530303', 'BF5303', 'Boni', 'rural', 11.5086, -3.3979);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530304', 'BF5303', 'Founzan', 'rural', 11.3692, -3.271);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530305', 'BF5303', 'Houndé', 'urban', 11.4975, -3.6249);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530306', 'BF5303', 'Koti', 'rural', 11.4373, -2.9641);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF530307', 'BF5303', 'Koumbia', 'rural', 11.2218, -3.6419);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540101', 'BF5401', 'Bahn', 'rural', 14.1238, -2.4349);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540102', 'BF5401', 'Ouindigui', 'rural', 13.7049, -1.9043);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540103', 'BF5401', 'Sollé', 'rural', 14.1188, -2.1932);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540104', 'BF5401', 'Titao', 'urban', 13.8561, -2.084);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540201', 'BF5402', 'Arbollé', 'rural', 12.84, -2.0201);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540202', 'BF5402', 'Bagaré', 'rural', 12.8896, -2.6345);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540204', 'BF5402', 'Boken', 'rural', 13.0108, -1.7487);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540205', 'BF5402', 'Gomponsom', 'rural', 13.0295, -2.1654);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540206', 'BF5402', 'Kirsi', 'rural', 12.9923, -1.9645);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540207', 'BF5402', 'La-Toden', 'rural', 12.8639, -2.4555);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540208', 'BF5402', 'Pilimpikou', 'rural', 12.7388, -2.1911);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540209', 'BF5402', 'Samba', 'rural', 12.7127, -2.397);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540210', 'BF5402', 'Yako', 'urban', 12.9179, -2.2824);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540301', 'BF5403', 'Barga', 'rural', 13.7864, -2.3278);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540302', 'BF5403', 'Kaïn', 'rural', 13.9762, -2.7326);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540303', 'BF5403', 'Kalsaka', 'rural', 13.1599, -2.0057);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540304', 'BF5403', 'Kossouka', 'rural', 13.3426, -1.8919);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540305', 'BF5403', 'Koumbri', 'rural', 13.8631, -2.4292);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540306', 'BF5403', 'Namissiguima', 'rural', 13.6376, -2.2522);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540307', 'BF5403', 'Ouahigouya', 'urban', 13.5892, -2.436);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540308', 'BF5403', 'Oula', 'rural', 13.449, -2.2498);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540309', 'BF5403', 'Rambo', 'rural', 13.2135, -1.8162);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540310', 'BF5403', 'Senguènèga', 'rural', 13.4394, -1.9993);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540311', 'BF5403', 'Tangaye', 'rural', 13.5769, -2.6285);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540312', 'BF5403', 'Thiou', 'rural', 13.7462, -2.7098);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540313', 'BF5403', 'Zogoré', 'rural', 13.4118, -2.577);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540401', 'BF5404', 'Bassi', 'rural', 13.3136, -2.216);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540402', 'BF5404', 'Boussou', 'rural', 13.0559, -2.5525);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540403', 'BF5404', 'Goursi', 'urban', 13.209, -2.384);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540404', 'BF5404', 'Lèba', 'rural', 13.3614, -2.394);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF540405', 'BF5404', 'Tougo', 'rural', 13.2012, -2.1601);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550101', 'BF5501', 'Boudri', 'rural', 12.0488, -0.7537);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550102', 'BF5501', 'Kogho', 'rural', 12.6395, -0.7046);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550103', 'BF5501', 'Mégué', 'rural', 12.3843, -0.6983);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550104', 'BF5501', 'Môgtédo', 'rural', 12.1862, -0.9573);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550105', 'BF5501', 'Saolgo', 'rural', 12.4885, -0.6886);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550106', 'BF5501', 'Zam', 'rural', 12.393, -0.9365);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550107', 'BF5501', 'Zôrgho', 'urban', 12.2483, -0.6167);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550108', 'BF5501', 'Zoungou', 'rural', 12.1038, -0.5153);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550201', 'BF5502', 'Boussé', 'urban', 12.6744, -1.7558);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550202', 'BF5502', 'Laye', 'rural', 12.5481, -1.7708);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550203', 'BF5502', 'Niou', 'rural', 12.7979, -1.8465);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550204', 'BF5502', 'Sourgoubila', 'rural', 12.4074, -1.8956);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550205', 'BF5502', 'Toèguen', 'rural', 12.7807, -1.7067);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550301', 'BF5503', 'Ambsouya', 'rural', 12.5808, -0.9899);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550302', 'BF5503', 'Dapeolgo', 'rural', 12.7156, -1.5553);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550303', 'BF5503', 'Loumbila', 'rural', 12.5424, -1.4123);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550304', 'BF5503', 'Nagréongo', 'rural', 12.4214, -1.1653);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550305', 'BF5503', 'Ourgou-Manéga', 'rural', 12.8131, -1.4961);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550306', 'BF5503', 'Ziniaré', 'urban', 12.6047, -1.2481);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF550307', 'BF5503', 'Zitenga', 'rural', 12.7517, -1.2816);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560101', 'BF5601', 'Déou', 'rural', 14.6878, -0.6909);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560102', 'BF5601', 'Gorom-Gorom', 'urban', 14.4121, -0.2461);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560103', 'BF5601', 'Markoye', 'rural', 14.6804, 0.0907);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560104', 'BF5601', 'Oursi', 'rural', 14.6638, -0.4084);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560105', 'BF5601', 'Tin-Akoff', 'rural', 14.9355, -0.3687);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560201', 'BF5602', 'Bani', 'rural', 13.7101, -0.16);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560202', 'BF5602', 'Dori', 'urban', 14.0202, -0.0452);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560203', 'BF5602', 'Falagountou', 'rural', 14.2903, 0.2196);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560204', 'BF5602', 'Gorgadji', 'rural', 13.9902, -0.4497);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560205', 'BF5602', 'Sampelga', 'rural', 13.7812, 0.2655);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560206', 'BF5602', 'Seytenga', 'rural', 14.0171, 0.3388);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560301', 'BF5603-2', 'Arbinda', 'rural', 14.1714, -0.8187);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560302', 'BF5603', 'Baraboulé', 'rural', 14.1652, -1.8792);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560303', 'BF5603', 'Diguel', 'rural', 14.3862, -1.8602);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560304', 'BF5603', 'Djibo', 'urban', 14.156, -1.6184);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560305', 'BF5603', 'Kelbo', 'rural', 13.849, -1.1642);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560306', 'BF5603-2', 'Koutougou', 'rural', 14.5566, -0.9949);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560307', 'BF5603', 'Nassoumbou', 'rural', 14.513, -1.4022);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560308', 'BF5603', 'Pobé-Mengao', 'rural', 13.9144, -1.7583);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560309', 'BF5603', 'Tongomayel', 'rural', 14.0864, -1.2818);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560401', 'BF5604', 'Boundoré', 'rural', 13.369, 0.9773);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560402', 'BF5604', 'Mansila', 'rural', 13.1436, 0.6762);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560403', 'BF5604', 'Sebba', 'urban', 13.4084, 0.6188);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560404', 'BF5604', 'Solhan', 'rural', 13.4243, 0.2824);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560405', 'BF5604', 'Tankougounadié', 'rural', 13.5599, 0.7244);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF560406', 'BF5604', 'Titabè', 'rural', 13.6775, 0.4122);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570101', 'BF5701', 'Gbondjigui', 'rural', 10.9565, -3.54);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570102', 'BF5701', 'Diébougou', 'urban', 10.9376, -3.2701);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570103', 'BF5701', 'Dolo', 'rural', 10.8797, -3.4102);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570104', 'BF5701', 'Iôlôniôrô', 'rural', 10.7354, -3.537);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570105', 'BF5701', 'Tiankoura', 'rural', 10.7288, -3.2318);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570201', 'BF5702', 'Dano', 'urban', 11.1544, -3.0122);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570202', 'BF5702', 'Dissihn', 'rural', 10.9308, -2.9636);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570203', 'BF5702', 'Guéguéré', 'rural', 11.1238, -3.2498);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570204', 'BF5702', 'Koper', 'rural', 11.1135, -2.8811);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570205', 'BF5702', 'Niégo', 'rural', 11.1242, -2.6742);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570206', 'BF5702', 'Oronkua', 'rural', 11.2874, -3.1416);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570207', 'BF5702', 'Ouéssa', 'rural', 11.065, -2.7589);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570208', 'BF5702', 'Zambo', 'rural', 10.8335, -3.0337);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570301', 'BF5703', 'Batié', 'urban', 9.9042, -2.9127);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570302', 'BF5703', 'Boussou-Koula', 'rural', 9.8246, -3.0735);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570303', 'BF5703', 'Kpuéré', 'rural', 9.5798, -2.8289);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570304', 'BF5703', 'Legmoin', 'rural', 10.1266, -2.8967);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570305', 'BF5703', 'Midebdo', 'rural', 10.0354, -3.1734);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570401', 'BF5704', 'Bouroum-Bouroum', 'rural', 10.5313, -3.265);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570402', 'BF5704', 'Bousséra', 'rural', 10.366, -2.9533);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570403', 'BF5704', 'Djigouè', 'rural', 10.0246, -3.8016);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570404', 'BF5704', 'Gaoua', 'urban', 10.3501, -3.1985);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570405', 'BF5704', 'Gbomblora', 'rural', 10.2085, -2.9748);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570406', 'BF5704', 'Kampti', 'rural', 10.06, -3.4542);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570407', 'BF5704', 'Loropéni', 'rural', 10.4272, -3.5519);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570408', 'BF5704', 'Malba', 'rural', 10.4724, -2.9926);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570409', 'BF5704', 'Nako', 'rural', 10.612, -3.0481);
INSERT INTO "communes" ("code", "province_code", "name", "kind", "lat", "long") VALUES ('BF570410', 'BF5704', 'Périgban', 'rural', 10.2114, -3.3378);
CREATE TABLE units (
    code TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES units(code),
    department_code TEXT REFERENCES departments(code),
    level TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    region_code TEXT REFERENCES regions(code),
    -- materialised path of codes, '/SAN/SAN-BF13/': scope checks are prefix tests
    path TEXT NOT NULL UNIQUE
);
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU', NULL, 'EDU', 'ministry', 'Ministère en charge de l''éducation nationale', 'Ministry in charge of national education', NULL, '/EDU/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP', NULL, 'FP', 'ministry', 'Ministère en charge de la fonction publique', 'Ministry in charge of the civil service', NULL, '/FP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('GEN', NULL, 'GEN', 'ministry', 'Service national d''orientation des plaintes', 'National complaints routing desk', NULL, '/GEN/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS', NULL, 'JUS', 'ministry', 'Ministère en charge de la justice', 'Ministry in charge of justice', NULL, '/JUS/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN', NULL, 'SAN', 'ministry', 'Ministère en charge de la santé', 'Ministry in charge of health', NULL, '/SAN/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF13', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Kadiogo', 'Regional directorate of national education — Kadiogo', 'BF13', '/EDU/EDU-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF47', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Tannounyan', 'Regional directorate of national education — Tannounyan', 'BF47', '/EDU/EDU-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF48', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nakambé', 'Regional directorate of national education — Nakambé', 'BF48', '/EDU/EDU-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF49', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Kuilsé', 'Regional directorate of national education — Kuilsé', 'BF49', '/EDU/EDU-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF50', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nando', 'Regional directorate of national education — Nando', 'BF50', '/EDU/EDU-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF51', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nazinon', 'Regional directorate of national education — Nazinon', 'BF51', '/EDU/EDU-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF53', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Guiriko', 'Regional directorate of national education — Guiriko', 'BF53', '/EDU/EDU-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF54', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Yaadga', 'Regional directorate of national education — Yaadga', 'BF54', '/EDU/EDU-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF55', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Oubri', 'Regional directorate of national education — Oubri', 'BF55', '/EDU/EDU-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF57', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Djôrô', 'Regional directorate of national education — Djôrô', 'BF57', '/EDU/EDU-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF58', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Sirba', 'Regional directorate of national education — Sirba', 'BF58', '/EDU/EDU-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF59', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Soum', 'Regional directorate of national education — Soum', 'BF59', '/EDU/EDU-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF60', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Tapoa', 'Regional directorate of national education — Tapoa', 'BF60', '/EDU/EDU-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF61', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Sourou', 'Regional directorate of national education — Sourou', 'BF61', '/EDU/EDU-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF62', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Bankui', 'Regional directorate of national education — Bankui', 'BF62', '/EDU/EDU-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF63', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Goulmou', 'Regional directorate of national education — Goulmou', 'BF63', '/EDU/EDU-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-BF64', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Liptako', 'Regional directorate of national education — Liptako', 'BF64', '/EDU/EDU-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-CP', 'EDU', 'EDU', 'complaints_cell', 'Cellule des plaintes — Éducation', 'Complaints cell — Education', NULL, '/EDU/EDU-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF13', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Kadiogo', 'Regional directorate of the civil service — Kadiogo', 'BF13', '/FP/FP-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF47', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Tannounyan', 'Regional directorate of the civil service — Tannounyan', 'BF47', '/FP/FP-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF48', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nakambé', 'Regional directorate of the civil service — Nakambé', 'BF48', '/FP/FP-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF49', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Kuilsé', 'Regional directorate of the civil service — Kuilsé', 'BF49', '/FP/FP-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF50', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nando', 'Regional directorate of the civil service — Nando', 'BF50', '/FP/FP-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF51', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nazinon', 'Regional directorate of the civil service — Nazinon', 'BF51', '/FP/FP-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF53', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Guiriko', 'Regional directorate of the civil service — Guiriko', 'BF53', '/FP/FP-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF54', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Yaadga', 'Regional directorate of the civil service — Yaadga', 'BF54', '/FP/FP-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF55', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Oubri', 'Regional directorate of the civil service — Oubri', 'BF55', '/FP/FP-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF57', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Djôrô', 'Regional directorate of the civil service — Djôrô', 'BF57', '/FP/FP-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF58', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Sirba', 'Regional directorate of the civil service — Sirba', 'BF58', '/FP/FP-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF59', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Soum', 'Regional directorate of the civil service — Soum', 'BF59', '/FP/FP-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF60', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Tapoa', 'Regional directorate of the civil service — Tapoa', 'BF60', '/FP/FP-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF61', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Sourou', 'Regional directorate of the civil service — Sourou', 'BF61', '/FP/FP-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF62', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Bankui', 'Regional directorate of the civil service — Bankui', 'BF62', '/FP/FP-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF63', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Goulmou', 'Regional directorate of the civil service — Goulmou', 'BF63', '/FP/FP-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-BF64', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Liptako', 'Regional directorate of the civil service — Liptako', 'BF64', '/FP/FP-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-CP', 'FP', 'FP', 'complaints_cell', 'Cellule des plaintes — Fonction publique', 'Complaints cell — Civil service', NULL, '/FP/FP-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF13', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Kadiogo', 'Regional directorate of justice — Kadiogo', 'BF13', '/JUS/JUS-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF47', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Tannounyan', 'Regional directorate of justice — Tannounyan', 'BF47', '/JUS/JUS-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF48', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nakambé', 'Regional directorate of justice — Nakambé', 'BF48', '/JUS/JUS-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF49', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Kuilsé', 'Regional directorate of justice — Kuilsé', 'BF49', '/JUS/JUS-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF50', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nando', 'Regional directorate of justice — Nando', 'BF50', '/JUS/JUS-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF51', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nazinon', 'Regional directorate of justice — Nazinon', 'BF51', '/JUS/JUS-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF53', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Guiriko', 'Regional directorate of justice — Guiriko', 'BF53', '/JUS/JUS-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF54', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Yaadga', 'Regional directorate of justice — Yaadga', 'BF54', '/JUS/JUS-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF55', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Oubri', 'Regional directorate of justice — Oubri', 'BF55', '/JUS/JUS-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF57', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Djôrô', 'Regional directorate of justice — Djôrô', 'BF57', '/JUS/JUS-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF58', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Sirba', 'Regional directorate of justice — Sirba', 'BF58', '/JUS/JUS-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF59', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Soum', 'Regional directorate of justice — Soum', 'BF59', '/JUS/JUS-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF60', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Tapoa', 'Regional directorate of justice — Tapoa', 'BF60', '/JUS/JUS-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF61', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Sourou', 'Regional directorate of justice — Sourou', 'BF61', '/JUS/JUS-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF62', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Bankui', 'Regional directorate of justice — Bankui', 'BF62', '/JUS/JUS-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF63', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Goulmou', 'Regional directorate of justice — Goulmou', 'BF63', '/JUS/JUS-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-BF64', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Liptako', 'Regional directorate of justice — Liptako', 'BF64', '/JUS/JUS-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-CP', 'JUS', 'JUS', 'complaints_cell', 'Cellule des plaintes — Justice', 'Complaints cell — Justice', NULL, '/JUS/JUS-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF13', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Kadiogo', 'Regional directorate of health — Kadiogo', 'BF13', '/SAN/SAN-BF13/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF47', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Tannounyan', 'Regional directorate of health — Tannounyan', 'BF47', '/SAN/SAN-BF47/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF48', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nakambé', 'Regional directorate of health — Nakambé', 'BF48', '/SAN/SAN-BF48/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF49', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Kuilsé', 'Regional directorate of health — Kuilsé', 'BF49', '/SAN/SAN-BF49/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF50', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nando', 'Regional directorate of health — Nando', 'BF50', '/SAN/SAN-BF50/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF51', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nazinon', 'Regional directorate of health — Nazinon', 'BF51', '/SAN/SAN-BF51/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF53', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Guiriko', 'Regional directorate of health — Guiriko', 'BF53', '/SAN/SAN-BF53/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF54', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Yaadga', 'Regional directorate of health — Yaadga', 'BF54', '/SAN/SAN-BF54/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF55', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Oubri', 'Regional directorate of health — Oubri', 'BF55', '/SAN/SAN-BF55/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF57', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Djôrô', 'Regional directorate of health — Djôrô', 'BF57', '/SAN/SAN-BF57/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF58', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Sirba', 'Regional directorate of health — Sirba', 'BF58', '/SAN/SAN-BF58/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF59', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Soum', 'Regional directorate of health — Soum', 'BF59', '/SAN/SAN-BF59/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF60', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Tapoa', 'Regional directorate of health — Tapoa', 'BF60', '/SAN/SAN-BF60/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF61', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Sourou', 'Regional directorate of health — Sourou', 'BF61', '/SAN/SAN-BF61/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF62', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Bankui', 'Regional directorate of health — Bankui', 'BF62', '/SAN/SAN-BF62/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF63', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Goulmou', 'Regional directorate of health — Goulmou', 'BF63', '/SAN/SAN-BF63/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF64', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Liptako', 'Regional directorate of health — Liptako', 'BF64', '/SAN/SAN-BF64/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-CP', 'SAN', 'SAN', 'complaints_cell', 'Cellule des plaintes — Santé', 'Complaints cell — Health', NULL, '/SAN/SAN-CP/');
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-BF13-CMA30', 'SAN-BF13', 'SAN', 'facility', 'CMA du secteur 30', 'Sector 30 medical centre', 'BF13', '/SAN/SAN-BF13/SAN-BF13-CMA30/');
CREATE TABLE categories (
    code TEXT PRIMARY KEY,
    department_code TEXT NOT NULL REFERENCES departments(code),
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    ack_days INTEGER NOT NULL CHECK (ack_days >= 0),
    ack_count TEXT NOT NULL CHECK (ack_count IN ('calendar', 'working')),
    answer_days INTEGER NOT NULL CHECK (answer_days >= 0),
    answer_count TEXT NOT NULL CHECK (answer_count IN ('calendar', 'working')),
    extendable BOOLEAN NOT NULL
);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-FEES', 'EDU', 'Frais d''inscription et cotisations illicites', 'Illicit enrolment fees and levies', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-ABSENCE', 'EDU', 'Absence des enseignants', 'Teacher absence', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-EXAMS', 'EDU', 'Irrégularités aux examens scolaires', 'Irregularities in school examinations', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-CANTEEN', 'EDU', 'Cantines scolaires (repas non servis, vivres détournés)', 'School canteens (meals not served, food diverted)', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-VIOLENCE', 'EDU', 'Violences et harcèlement en milieu scolaire', 'Violence and harassment at school', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('EDU-DOCS', 'EDU', 'Délivrance des diplômes, attestations et relevés de notes', 'Issue of diplomas, certificates and transcripts', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-FEES', 'SAN', 'Paiements illicites et frais non officiels', 'Illicit payments and unofficial fees', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-FREECARE', 'SAN', 'Non-application de la gratuité des soins (enfants de moins de 5 ans, femmes enceintes)', 'Free care not applied (children under 5, pregnant women)', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-ABSENCE', 'SAN', 'Absence du personnel de santé', 'Health staff absence', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-STOCKOUT', 'SAN', 'Ruptures de médicaments et de produits de santé', 'Medicine and health product stock-outs', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-WAIT', 'SAN', 'Longue attente avant la prise en charge', 'Long waiting times before care', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('SAN-RECEPTION', 'SAN', 'Mauvais accueil et maltraitance des patients', 'Poor reception and mistreatment of patients', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-EXAMS', 'FP', 'Concours de la fonction publique', 'Civil service competitive examinations', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-CAREER', 'FP', 'Dossiers de carrière et de rémunération', 'Career and salary files', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-DOCS', 'FP', 'Délivrance des actes administratifs', 'Issue of administrative documents', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-CORRUPTION', 'FP', 'Corruption et pratiques illicites', 'Corruption and illicit practices', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-ABSENCE', 'FP', 'Absentéisme des agents publics', 'Absenteeism of public servants', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('FP-RECEPTION', 'FP', 'Mauvais accueil des usagers', 'Poor reception of service users', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-DELAY', 'JUS', 'Lenteur des procédures judiciaires', 'Slow court proceedings', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-FILES', 'JUS', 'Accès aux dossiers et aux décisions de justice', 'Access to case files and court decisions', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-CORRUPTION', 'JUS', 'Corruption dans les services judiciaires', 'Corruption in the justice services', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-DOCS', 'JUS', 'Délivrance du casier judiciaire et du certificat de nationalité', 'Issue of criminal record extracts and nationality certificates', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-DETENTION', 'JUS', 'Conditions de détention', 'Conditions of detention', 3, 'working', 10, 'calendar', 1);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('JUS-RECEPTION', 'JUS', 'Mauvais accueil et manque d''information des justiciables', 'Poor reception and lack of information for court users', 3, 'working', 10, 'calendar', 0);
INSERT INTO "categories" ("code", "department_code", "name_fr", "name_en", "ack_days", "ack_count", "answer_days", "answer_count", "extendable") VALUES ('GEN-OTHER', 'GEN', 'Autre ou non précisé (à orienter)', 'Other or not stated (to be routed)', 3, 'working', 10, 'calendar', 1);
CREATE TABLE holidays (
    rule TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('01-01', 'Jour de l''An', 'New Year''s Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('03-08', 'Journée internationale des droits de la femme', 'International Women''s Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('05-01', 'Fête du travail', 'Labour Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('05-15', 'Journée des coutumes et traditions', 'Customs and Traditions Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('08-15', 'Assomption', 'Assumption Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('12-11', 'Fête nationale (proclamation de la République)', 'National Day (proclamation of the Republic)');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('12-25', 'Noël', 'Christmas Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('easter+39', 'Ascension', 'Ascension Day');
INSERT INTO "holidays" ("rule", "name_fr", "name_en") VALUES ('2027-03-10', 'Jour férié de test', 'Test holiday');
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'officer', 'intake', 'auditor')),
    unit_code TEXT REFERENCES units(code),
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
, failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, totp_secret BLOB, totp_last_step INTEGER);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (11, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$+OOnmWFeEpxvpa7K29vkhA$YtZifU6L5UPLDyg5YAx4LpWReoafOtMar/A3ZsdmpBM', 0, '2026-11-29T22:25:51.656464Z', 0, NULL, NULL, NULL);
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at") VALUES ('8e683debc7a9dfb85d642ffb8678f47d94ea7acf4cb43aa520640b9819220390', 1, '2026-11-29T22:25:52.05447Z');
CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    tracking_code TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    category_code TEXT NOT NULL REFERENCES categories(code),
    unit_code TEXT NOT NULL REFERENCES units(code),
    commune_code TEXT REFERENCES communes(code),
    address TEXT,
    lat REAL,
    long REAL,
    description TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL,
    -- name, phone, email of the complainant: XChaCha20-Poly1305 sealed JSON, or NULL
    complainant BLOB,
    status TEXT NOT NULL,
    assignee_id INTEGER REFERENCES users(id),
    escalation_level INTEGER NOT NULL DEFAULT 0,
    -- bumped by every change: concurrent changes are refused, not lost
    version INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    acknowledge_by TEXT NOT NULL,
    answer_by TEXT NOT NULL,
    acknowledged_at TEXT,
    answered_at TEXT,
    closed_at TEXT
, duplicate_of INTEGER REFERENCES complaints(id), sender_key TEXT, media_url TEXT);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (1, '2ME97TZ5ATH', '50f5107c46876f7472094a47c179cda52cc22d7befcd565556dab5de8a888c01', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'a8109bd7b891b8b3966167b80af53eb6bb393038156530e4f0e182ee0bfdd58eb0c8f88bf1a649d0e2f8c6b6ce8c485293e313a0488f9cdea5b7bb695db887b9', 'received', NULL, 0, 0, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (2, 'E2EQBFGGKPQ', '36626344720147000ec2b348f0b2ee4bcd450e7ff105e6636587d2ad013268da', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (3, 'BG4GQ1TMEG4', '0f8a7f57878530942bb08db20a2bb748a07ee2d6191f155a82ae895a04d5b1fc', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'1df36cdcb081dca1d12537272fb21a83f74404385f9ea383de8ad2e008d88f345ae24ef3356ccf5cbbe21e67bd834d93d1561506fa009e091646f98d131e5e8b', 'assigned', 5, 0, 2, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (4, 'SDYRDXHVXGG', 'a1994383e60ea5206f727521b86f6a7425d8c5ab206b645c927c4585cf598353', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'eacaea906e72226cf221c10607a46e8f716fdf18bc7a632ab094aa38b82bdc69a5c2c416297a83a90f5baaa3994a32e4cd306a28a027b7b2ae274e695fcea5ca', 'in_progress', 4, 0, 3, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (5, 'JQGCFN2KJCA', '139bfc833833530a9728cf290938297e23e380bc8150b238c03dfcd016186fef', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'e65ae52d19844220c1a391cf68b413041d343c7a98cbe96205a5602ebe0dc7519dd9fad8f707d6ce24f88483f2a604ed81be1b09e3c8c078474a814e895eda78', 'answered', 8, 0, 4, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (6, '30VV4XW2R68', '98c54f5c5749616e09286e48453cd66662c615d3502404c4ed7f3d14ba5b394d', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (7, 'P72HBYE49FJ', '3235582bff54858b4db1fc4082cd5f7190f3ccd27c1c1ca58efd8ee61e83fb2d', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'480e19d53d28d0750bdf5d7ea813ef59eaceca2afd0228b51ecfa17ded2deb76ed2e2b0404ca0851e9d4c02aba898d0f0e04717f93ee6bd1ecb159492dcd2145', 'closed', 7, 0, 5, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (8, 'AYNNCZVZ9GA', '74dc7aaa779377d9228186709ba12a1154e7a46cd971c43e198114a1d54bbb0e', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'86571021372ee744c7411d5600e9ee771f439e7da714c678e974f45c2406d5864f1fdcaa64e998ded12ee7157b2153a54ae7c07282806741a7fc6f87e73e011d', 'rejected', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (9, 'CMBB9X3YVSR', '0759dd2195c10b0bfeb1c38a49ad8824dad60cdef642aa5b90846ae90e30492f', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'48fc67348318381355b361111ffadaf166d072b0be29bc16d3bea5bd4ce4ef0c2309e8ede1ce4bc02e569cc94e9656048217b61713a5d5b2b238f1e20ac36fde', 'withdrawn', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (10, 'FY1AFKX9V2V', 'e88ecfa0b59a1476e08ee449c69b0ab4998493d47802d3f51cb529d1862a21e0', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (11, 'RDF0V1CFVW4', '72796a74699e85fc4e427b0a0f1808211d7f09613717c2628b4d207aa91767fe', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'804ba7ee9e20d3623e66253762d2b0b4e720eb14d6a29bc5936171b4689297ff39af434236ae7b5dfeb2e9cd97961dfc9bb764871cb57049f756094de27b6a0d', 'accepted', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (12, 'BANR22KHM9S', '5d4c56716125e848eacf805a3c57b7c998342c40579afc986d8a5e911b79764d', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'85de84a8040d2d6f20884b9a4906e9b0b956b5deac1cc89b0ca31bd3b64ab0b25a08406ce2fcdb1b3eba1c59a9447aeb1c17bad47c07777f77aa3ea5002abcd6', 'assigned', 10, 0, 2, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (13, 'N8ANKER4QHX', '8a41ae5e9d2918e10bfc08098137edb664812af0348fcb83d8ca176971bacd9e', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'22783423bb57bb4efb57a1b9c11a5acba09b93f60d77a4337538087a55914cb3d2644d98544435c382f51b3d7139f4baac13868daad0f94a8e1e1cbe7418f54c', 'in_progress', 5, 0, 3, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (14, 'YJSC5FFWS32', 'd7b51a0480ac61f26979e118ae3a80187685505b4b88c21d90febb52e2db4a85', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (15, 'M316M0REZN7', '066b5b779c997b4f0c004d2c7fb29a7ccc0ac8095c3fbd5f51f64e28a55f04c9', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'a65f86f64c7f9807a904008b4d63f137988dd7d995865d8c71e2a29f7c038ee74be0974fa7e0f5136323e8da9e37812b5482cdf1f192237db0ec101ca2dcfb25', 'appealed', 5, 0, 5, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (16, '3NEZZB4039Q', '5001a1ab2aeed0ef7e80f7a78819e84156e8dc9cdc72a8ed17287aac81e0668a', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'072e6f305fbd2897e1c2806b64fea459cd8ef4e4608eababccbf2e15c42b1c1a9bcbce9fba639a69f4d948105a92e0107519a41f9d3a709574d44aeccc173a11', 'closed', 4, 0, 5, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (17, 'CPJCS56V03Q', '7174c1923ab3c8f3b4beff6a78175b01da5b3bfa5b0043f36f3d04183a572bb2', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'dd9ed0604f675189c154462f0a793c45307e316d64996617683f14df2651d0ff7ea8846bbeebb8b8128a377208a615a5d2ded6e2961e575a281b8988e2c0861d', 'rejected', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (18, '0VSZ89CWTQ9', '36e03e058961c2406deeb6647d6b7bc14356d861205af5cf06a22113226e325f', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (19, 'AAJQPZ816V5', '2cb222d1f818da96c37f1350cacb7ca4f742c3cf3a796fedfd730927b1d13529', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'2c100b23c183eee4892a4d1c1ae99e7a9d30028584585608d4dba5decaac4167fcbe83a57342106040f6988f60e5c1ad7c7c3d4f1b6461f167dc6aa99f96d7e7', 'received', NULL, 0, 0, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (20, '83SWCDFCCK0', '51912ef6bfe78938a5c38cac56c778bbce874551803a2d2dcbc2149a2bef0bfc', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'fcfb1ad4324203e82203b63387d89642957eb6e4403a93c1c9d248c05fcbe116654f7be9d40c57cdeb874aa8af3b1b4f70630ab0ccecb7b490bf33614db6a7cf', 'accepted', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (21, 'E9MG0916BD7', 'f632d32fa95d0958dae346ad63e3ddc45b8010afeb72cca25b5013ea4d570c08', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'e8624a7ea8bdd932735f559e04a6ed1d9b08981ec234c87d515d723f699a62c0789db01e74ff293612168ca8efd41e194f2929b03caa7c487bb28684e4aa5d9a', 'assigned', 9, 0, 2, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (22, 'H46JPTNXXDA', '87c83096307bb9b1e87fb0c0fc5c6b9ce01ad4b50784211806315232ef0c515d', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (23, 'Y2T5PFREME2', '1aef007f8f3c8dbeeb0187816e87897816620b8b8dc3cbeaf16b6d4f445d892d', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'f1f7a2241a2107635fd928915c8679b837d0a2ec452348d07863595d4cdb82f19690804cb4f36fa985b2f9980a987738fcca6bd2f0690074c96667424feb6c9e', 'answered', 10, 0, 4, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (24, 'Z9G5C06JX7K', '97ab76839502ca8a114dfacc46ce6813e6179899416e15df4aff5ff378c44a18', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'c2ac96b10bcf40efcf82e69845c2975eecc712c005db879b5215957a96c1b8fa00ffcdac9ac1a54917bddf04a409ed31a218c6192a0a78e81b8e706f11aa1664', 'appealed', 10, 0, 5, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (25, 'RQ63XEFP9HC', '267c3b359f17a6e2da90369f3d060ddf72cad936aa8fac1943ebbc47bd46fd85', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'1575fd4d8f31b2790eb8c913fadec33f6ecaff282b020bb88fd88688fee600f39ccc63d557088d57d854f0793092ec2feed280d97e72281e83aa5c83cc9a7740', 'closed', 5, 0, 5, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (26, '86EZRG3V2H7', '27e22c43d1167ef7884d948c05745a97e6d9f45e6619d8f3814b66bea6ebefd1', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', '2026-11-29T22:25:51.656464Z', NULL, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (27, '0227NBS3D0N', '488fce0e720671540adfb9b58ba200955da99a23cca5b308eaebb9258cde4e21', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'117c176b397e7c8d588fba2c972cb6a882fa5929280b79c6f9cc8f24d114cedca7e04efd2676c6d5ce1f830b4efa6d9cad27ea00595af7ab93fec7e7647e509d', 'withdrawn', NULL, 0, 1, '2026-11-29T22:25:51.656464Z', '2026-11-29T22:25:51.656464Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (28, '7V1FFWGZYSV', '5844bd30c3a49312af0c6824cc7813f8ee37b737769207a3671425e44183e89f', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'4c343d12b8c7c45ec3c02da58310041b184380b237be0446a04c324fe110fdd67133212f7b79b4d270d54cdebc0b1dd99967db824569c419ddd7252e8982cbb7e2b9a7981c6706ce1530c0c3fe33461020b2565f601bc227', 'received', NULL, 0, 0, '2026-11-29T22:25:52.505357Z', '2026-11-29T22:25:52.505357Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (29, 'YCA67V5QWEA', 'd8517cad2d0ad291f58cc7606173110b833f1db2c8f6847856b274f9abd4a6f0', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'6d1eec9481149ceba8e5e3de26589a3cae0388c1c48b0f168d349dccee1d47c1fca9c1e2b2b94f3935e4073ad6ae19c97fd218a4f48c38c23a669ac92b330685663ac0fd5e7bf0b360e2aa9edd1ec024e24fd23b66a8f43a19', 'received', NULL, 0, 1, '2026-11-29T22:25:52.52407Z', '2026-11-29T22:25:52.54168Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url") VALUES (30, 'S9162NJE6PT', 'd38886646f865da35890c2980be9352fe6081aba57c84a1927b8ad2c7bcacee8', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', 0, X'592c93d3611a7a095e41ba7029765f7718b6801b4eb82eccba88c68dfffe9e3d6b055717dfae29b03b9dead302bb3dce2b4701fa337e648c03d2252cdf5fff61', 'received', NULL, 0, 0, '2026-11-29T22:25:53.514616Z', '2026-11-29T22:25:53.514616Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, '208a9023e80fdfdad403f8221021ffd2cd60d27e53fb07436bb0e7181e943d6d', NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', 'eaab7e0e643bc45df960fa88cfbcea689dc7cd443e8a1f96ae67150df687b338');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:25:51.656464Z', '8d34d41a09e22394e163c5c6544d25bb0efb489b9448df75c7b09b7b55801667');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'cf0e424b070888b4d3b1ff0906be68edb26090dde0cfd7ff69a0f05ad6303f79');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', '257656ff83fc4d954ca6ef606ff2deb6ce540bf82f80a14174b4c6fa0c51de5f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '35a4bd1df16ec7253e8639fe9e3767c3c174d38bd75455c3c3c03a2a1b794e04');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '912fe249065243b207436008ab72a7d29aa3b3d9d231b48787324cbdc25f96d5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-29T22:25:51.656464Z', '2826147d960eb2350e157ce42bdf0fc607bceadc58968df7291442e759f65183');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'fc5309413064b4b29abea8ea9dccd15e2343b82da693fc259ec9d44c695575ac');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'ba07ba1ec8ba45f10d66466dabd4ef5ddc68a2c760dc9abc7b34278ccde4198f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '7a777ff9c19f79b610eb765edb74a9fecf5082f8eb889e082ff70c3e5b7b8288');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:25:51.656464Z', '9efcb30173808fd0fdc246e1710bdc8c29eccfd9956433106823ebeaa9ac7235');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'e871a8c2a7f48fb7884ab50a62d083a4ed54975fa8f5bb9ddcd376e8285ca197');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'a1debc6a4b8e10a0d26aeae4e93cb68f40315d974361f9246f07cbf4b5b488fc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '7d9664c8e0e68af5383f9ac603d7a2bd4f664b33e748fae104506c2675cf70e4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', 'b51b23755bf231ec4b036193bcb8188c02f561aebc89e6401e92a60b757cd82b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-29T22:25:51.656464Z', 'b3d95da24ccafee66e12b077b2f9ddf8e40a20893c94ce65aa4e5392c278f172');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '5cc6d1e117c3a4b0033880febeaee2c0a515d77a62f4352b6339afcef7593cb9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '29d4ea148df3c679807e6cc52609be3fc0c53622cc4d990c742c0c6692050cae');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '92c96784b6e38e9c19e6e9c6eb697b9c9641d36c16704f1e85619274b67767ad');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', '18c338209cbebae36f43ca29ae0a356262cd88692e1bf03f40b6e76813ca03d6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:25:51.656464Z', 'f86da070dad7f8146e932e61cc3faba746e0ed75183c6fc869a3de28ce10cf13');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:25:51.656464Z', '71b216499e0bf4426cc87b43a99ee624d080f292694d8c0d4d98e9c5439c2c82');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'fd8808b00c6584992692a186e81a55b1d1df9226f5bb6aaebec1ebdc54cfcd1f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '047215db13174b2bfd81c88f6e57e7e2f468a4ecb46e47559352c0f598f4b480');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', 'bcd542b5bb030b17d6301bdef43075b61171a30a6ecf6be6bd8bc321807de213');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', 'b4315cf82109dac7be2a59ba69ecd34cac909e3b3dbb62962e719d8cbc938397');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-29T22:25:51.656464Z', 'd0f809abad46e9e9ef0afac6320717f008a1651d1c0e4f4259a5e5bde683e2b5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:25:51.656464Z', 'beb667df424aa63fe71b89e0fd90aa91dd7bfcdc34c645b78052b96a3b951221');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:25:51.656464Z', '9c134b850c2b1f46f2ac7d19ff85881f8adc1b157496a6cffa842efb068ccf43');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:25:51.656464Z', 'a27850aff77bdc9c1341aeee8c42a4de510659c57e1bee5224b8bb5839f0f8ff');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:25:51.656464Z', '08ce9f140af766eef077e978803c68ab708b0d345572bd2eda1aa2761fa4a390');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:25:51.656464Z', '449d7de9afed133dfb79c18a739be13edc29ac012e038a847bb623685e7c5757');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-29T22:25:51.656464Z', '1a29832eb5627251e401cfcb7e429f1adb75a9fdcd904ddc12ab072d2ce2a5b2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'a248de11ea56f96091d1470eddf491c974f93b1b2a78713788c500d0d4a8f731');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:25:51.656464Z', '0312c77f534fbbbbd05a55e792665518d49502046425ce3f752c04df48c79c1c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '7fe9c55c9f70d7b0106b823b039251c4717fe8fcf3c3185c64a15d99996e0300');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'acc77e6fd9a83f51d1f9ed8e73ee28f75691fb671cfa69c4e99356e10b92eed4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', '2fed52d00605efeb112826fbecde053f4aaeac344ecbddc4f715ef2be3f1f0eb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'e445381bb4ce4e6bbfff6a9f2166dfb30f785bce89d49b633c4bacb8bc5842ae');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'c17c3063228e973cb27b7c719262caf0d5ea0665069bf79c3304b0e9a87a1091');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', 'a937b89236345d20748ecb1baf6b7e3aa66fd5ff46b78114a9c2287a7509efe5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:25:51.656464Z', '8850cf0b1fe5d6b7afd8b9165cfee566adf7765d883fdaa70c98c0dd31680789');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'dd6c9d9495ea25916b82e1d3198db618c49e1896c3580ccc3f3931a988eb98f5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '15f596de6ea9ce49c197c68f72829dd6c094f8cf616aae43534a74fd2db36e05');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '5aa4fa80a084f05ed7c38b8b8bc0f80a64bbebe369fc723e5718ff41d16a16f6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', '616ed053de4aa1281bc5dd9293e1292c8b2544860f0eddfffae7f5ab53e73ec9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', '33c89834f530c57e512afb50c0fef15ea101d4e48bf2b47bdd52675dda34d456');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '00ba3032ffbd17d07c7fe828311870c8560f0ab9320abed82107811ac3ada7e2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '6645357fd7d3fd18f5915bb687e2f63ff16f049f7698a2d909bde1b0512a6c88');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '01a7a954e1fffa3fc4f911ec61b98c5a8eb42ae5b1348bc33b7357c386df852a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', '554350de4e9aa4ed6d37323fb2f1ff8b0bfba65e72ef0d875a467694851efacf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:25:51.656464Z', '11d515df4330826d6ec9b9da1189667db8947ee88c14cc33cd292312a03764f8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-29T22:25:51.656464Z', '47a3227bf83c8294b8d86a68a62f49a5406f0860bf7fe70e070428b3a5a636b7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '8e70044bdb558e1005441775150ee6179821018bc61518966e3d2e75e52ca5f9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '5a0a787665ea6df58abdc0b39cc1887ed469108d93aeaa19d01b60c1b08dbbf2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', 'd4b3f84ce4e169ac20e18c3332ed2bc2e32f33114ea811657cfaf2f64ec0b47b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', '3081fd1e2c746ee1d170416604582c88e8457bc509c3e0803e5c278adb5d9f7e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-29T22:25:51.656464Z', 'b554619f99fee588a65311ea336752dd716ccc5775ac147f9fc598c0c2c24592');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:25:51.656464Z', 'ca54bd11e06b355c9f90e582008fafc3e64f07e675f8471230314a968055ab9a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:25:51.656464Z', '0e407b8415d9d8a6726a68ecd43fec3daa066c2cce0d016a96055fa3a9575b3b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-29T22:25:51.656464Z', 'bbe9e1ecc0112f5d728317b77c3875f991c3a1c18b8b6a9a3ac2ea01dea1b247');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:25:51.656464Z', 'a37dd2ffc1faf0d2b0d7e684ad3710f945a6beb4d7ed5446ae599440794afead');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:25:51.656464Z', '45c162b7a900fc556c69051419b7b2809f28a449ec571b6cc2a0c755e8454b45');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:25:51.656464Z', '9d9297d95ace6dc0333c69f6305e7c5d69ca9ca40563068362a5c415d3ef4a7b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '9cec04b0c276d06edcd64e72e25b83416a81a387aa86615e7f623bcb7df0227c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:25:51.656464Z', '0b08f9993f87760141d4e563fca3c2dbc7e37cd0f4076dcd17109be5f111da88');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '2f594fe81d04a15ac899ad662db2550d2079e0e7e8be4ea9d8bd774027c3dd52');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'cc4c99f509e985c594d0aaf1489850eb0266b3c426dbd28e01fc5a7d63338918');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:25:51.656464Z', '94c656d4a7fd45210175ac51e1c9eacfae67a90ffdc695cee1e5b2d4a03cf7c0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', 'b4b669e4c5444ad1b3c198571086951a25faf6e39cd6b07ce696db0e071f2dc5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'd6bbde2e319c17f1cd3ca6fcc92a667388b58a9b608f3f2bcdee10ef8389f382');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', 'ff8071217ea7376104d2759601442dc50b86783c0ac347c1b7c9790d9e1298d7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-29T22:25:51.656464Z', '09ca6d20032ef98319452e47bff6cdfc3ea88b6559fe136984760256bda57278');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '8abec0df8ea95294850934db817917f52005e4bc926d65bd635312ec9aeb26be');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'd7b4fe6b4ffe16146885060c8fec33d868671be31ee4d0f43d0aa7e05e5a1fef');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '3d2ed460c22b6fbcb0b3967eae51c69ae8c2c768afda53c9bc4e9b2796a0f649');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', 'e202c94cc926e292668d192222979e6c0ab27871bf80e3b8d8a1778705401be1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:25:51.656464Z', '632cfbe1d84b5b3995ae43b587e4b451aa4d8728a3d9dec0b8e8bbc5135d2651');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '3c936d66b69b374538020793d4a38b20498df6332ce143a177bd5f2ad4d2e8be');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', 'b83577017b6871fc9be994cba6aeb29c73e835fdfd387e7d3b00b74b54b9e094');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', 'f8a10b46dbec3c423c6e9c70a171931a6862f517cbfebc1122396eae8353fb7d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', '52e8d91151e0879fa12d989f1cbaea434c7d24d43b2d3fe7d927839c97ad5012');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:25:51.656464Z', 'd51bb0f3f0beaef582e49902e5e56b53f71baa868262268f8dfea109de7add28');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', '365240d0862fa8ffcbbf6d4f267b518c0f6be0bd6891a4110275762e9a5c2d2e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-29T22:25:51.656464Z', '579712d2432fe44add846b200c92767f5dc1fc6838b80c3907c7e04deef45559');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:25:51.656464Z', '842b512c1721d24959d37409abf967acebd779b5ab60ff89d635f966a5039e32');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-29T22:25:51.656464Z', '39be78a8705c63c2527af51fa0de5052a2176f6310447afed560f91c4c15057f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:25:51.656464Z', 'cbddfd927b2daee50ff6d2a3c26170bf747b69b8b5185e73cddf653dadf70962');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-29T22:25:51.656464Z', 'b03828822d7b5eeb44553817c9603c63712cb6e3242f3f2d2e0dce5b0581448e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:25:51.656464Z', '82e0aeca7cbc3c6c427b3ef60cd19a8a449a75e41eba0cb5ccb61dd71f48e373');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:25:51.656464Z', 'e337fd839f29faa6d0249949e13a50d775c82ae57530f3ab6b351b44a71d2bea');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', '54e9482de1b90235c1bd27a602d1f41c59975d7d9ea3c30ce53f30b8e5d9722c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:25:51.656464Z', 'fcc1f3d8b87eed5f604eed7dd0d22b046c62eea3cdb4732f292e23672d96f33d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:25:52.505357Z', '9791f93298b07c1d8507f10f0089222e3f5fa75081c9861a14d52df10cf7c48a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'staff:1', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:25:52.52407Z', 'dd3420899fc3089f1207fbf39d52cb3d4329d5372840890ed35aff7d915a3344');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 29, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-29T22:25:52.54168Z', '9b5bacf11a271d995059a6da9bd1d3ebb9e9ca4e523f5cf941fdd68051bc7d8e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (97, 30, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"GEN-OTHER","channel":"sms","kind":"complaint","unit":"GEN"}', '2026-11-29T22:25:53.514616Z', '1d0dc47e8f06e0bb2894e4e0e8e53cbeaffd27090837e439d1e686e1489d853f');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 97, '1d0dc47e8f06e0bb2894e4e0e8e53cbeaffd27090837e439d1e686e1489d853f');
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    -- where the bytes are, relative to the attachments folder
    storage_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 28, 'receipt.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/179a403d9d6ccc911c6001876e2cf942.png', '2026-11-29T22:25:52.505357Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:ad3038e133b5db483bd960eb329c6fa8:7cc5e74433f81ba1', 28, X'8ad5a39a2114ca92d49554954984351dfa249f55c403af9af96c4aea14896ee5dfc6c9916a3b02be58140cea9f942347', '2026-11-29T22:25:52.505357Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v17-1:56874d94594a999763fbea2978c3fe0f', 29, X'95e249aa71568fabaf3ed7bc1b133fd6ce60f1485e82ed8b71cca1ff0a94e8d8d41e569a75b9d6b7e9953115a76a16fb', '2026-11-29T22:25:52.52407Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('sms:fixture-v17', 30, X'b7f44d835d1788d03c4d6de190b03e2323f2fa31a6ffcabeef90f6a569130ccd3f85ee5d61a24841a8af8b7a2576d516', '2026-11-29T22:25:53.514616Z');
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER REFERENCES complaints(id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    -- the phone number or e-mail address, sealed like all personal data
    recipient BLOB NOT NULL,
    language TEXT NOT NULL,
    -- which message: receipt, accepted, rejected, transferred, answered, ...
    template TEXT NOT NULL,
    params TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_until TEXT,
    leased_by TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (1, 1, 'sms', X'ad65b7f2243197620cf62f07638c906d56f210c3ad7018dd2b832f782c406f3de0ba5018904cbd4091f5ddcc31b54b95558131a8', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"2ME9-7TZ5-ATH"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (2, 3, 'sms', X'406c798cb47e4a2a70f691a3288fe11ce22f499cd0c4764b0c8cc5bdd76ab3d5262d0367dad0ead4940a0f8c8b918aa1822d6f8c', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"BG4G-Q1TM-EG4"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (3, 3, 'sms', X'1016a03db13fb31c70c75bb1f9a2d8fbb934e9da0a046ccd99620a407e0c88b535632c534f59049bf5e3fc284ab512703c4bf7ea', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"BG4G-Q1TM-EG4","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (4, 3, 'email', X'afbfe022786a5fe656defd68c7496ec15f7d12642977075078c64ec83098ea907cb06b82abe53481aa8f5408afad368c89c012eecccd5f260ffeaad6d9bdd165cb719019485dcbfcb2867e', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"BG4G-Q1TM-EG4","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (5, 4, 'sms', X'4d1278ce5f2d109803726611f2a3380aa59310bf11ad9634e0f0f1143fcf48011abff680aabde02173f0e7bb0734e2d1f2a18936', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"SDYR-DXHV-XGG"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (6, 4, 'sms', X'c779f6278ee9114cc8e2c996d85387685c5c43bd7594935d2990622435c33ce2c1c9e0ab7bfcd045eecc24b1d1448375be7eb90d', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"SDYR-DXHV-XGG","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (7, 4, 'email', X'5f08328007b4de85a6043a33d1d0a1277f4790d06ea8c9032ecda2fa348459bbe74bf0494b07c81d8c8eeb14107ed92d74deb48ac531d591151df4226e8390e145646d46fecbfddef8', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"SDYR-DXHV-XGG","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (8, 5, 'sms', X'13a1e5b285395e002cb295c15ee91c1e3f70806eae6b17226f249141295a6ecef355b82c8f7e6675ed69477da270fae6f2bc7459', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"JQGC-FN2K-JCA"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (9, 5, 'sms', X'a72719162d547ed262bbf6fb1da9e9cfdf5a6d785964de004f4d0a787ed729e035c8cd277659a55faed95aff768a892db51944c6', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"JQGC-FN2K-JCA","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (10, 5, 'email', X'a1e9274e1e0724f38fdafd50e936bd69e78f758d2713771aa69f299d811af5212df905f6b1748195bfef7a7c733d274d15b12f670292108048ef91887025f7a0cb28ea02a26d420a49c30625520bbb', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"JQGC-FN2K-JCA","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (11, 5, 'sms', X'd961e9b41ecd9cc1dfcd6cb62f945da97ba3426ab3ff9b9b9d383addc6b1a70f24df4e3a881dfe8bd7859ce9c2b3ae9b31f2a8d2', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"JQGC-FN2K-JCA","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (12, 6, 'email', X'714dbb9231fd682cbe57c765a14d6bc0a5bb8ef12566ca4a90bc522542b7d348220f825c06b8c709fb76f908495181d39c4d8a33fe820a4e5d4e8747172a8dce837eb5cacf84e051d56bb3af07', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-ABSENCE","code":"30VV-4XW2-R68","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (13, 7, 'sms', X'd5fa287fe5487ea70364596085a200b781557b34e7e43c5eed86cf3f520585d65e0c8ae677d669c8d8312996b92b972dc767d2b7', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"P72H-BYE4-9FJ"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (14, 7, 'sms', X'f97c32b29ae493c5e7bf3028a9eaf6796fd5ffde63c7df2808632b90517539a9032e8cc389d8ed7d167063c24c05ddf61441c97a', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"P72H-BYE4-9FJ","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (15, 7, 'email', X'a2f4ce435f71e846e8990c3a76e45b74b7ab28eb6ff9623bc994de6602e34d8b9b2e6397901f9927c79862d44f9d169332382f8118259e60998f7436a4768e780e2e9d023f2ba55b159bda04c9', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"P72H-BYE4-9FJ","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (16, 7, 'sms', X'505a0b0af3356ce162c6051f56cf509d7e46c66c1ddc3dc1b00c635ab427c4688c336a6d40a431f25ede193f048318c5ecabd3ae', 'mos', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"P72H-BYE4-9FJ","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (17, 8, 'sms', X'08dbe5d925fe8f46797fd3003b585cc4de80096b6514057a29f66a2e515ecd52aceac54ee9279622438ecbab908b90d0540c0ddb', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"AYNN-CZVZ-9GA"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (18, 8, 'sms', X'0db91a95b54b9c9a7185d96d7538e9eb36612b715aa94dd6d938d520843e53af8e5540c710c5b244e6d72859462892df19e22a88', 'dyu', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"AYNN-CZVZ-9GA","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (19, 9, 'sms', X'024409fb905fdaf5bfaa9e16c1712503f2bd81004cc7e99e65b39e0d534818e7ead36daee0513e7197539084bdeb08b859a23c3b', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"CMBB-9X3Y-VSR"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (20, 11, 'sms', X'5d80af3700ae807fbc5cdcea1d09a05824dcc398a62b4ef81247fb1e4f2787faffc88485046f1240cc9018347eb57e0f39720e29', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"RDF0-V1CF-VW4"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (21, 11, 'sms', X'4270f53a8218f8c646e89816d1ca390b8442c05acaa60a8947d6025f50f8ab8592131a8f3a31bb023fe42fd92649f1ae48be0cf8', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"RDF0-V1CF-VW4","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (22, 12, 'sms', X'604261e4386177935ff42c40a984064393968f752c4cd6a5d9e73059ef850cc7398428751e570a24de397cb809eec989c33c3d22', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"BANR-22KH-M9S"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (23, 12, 'sms', X'feee8205f8a824c2e52167a6e9562388aa8d27cbaed40b147f0db1a75610b6b6c7744e29e60e28bb11a0ad7b05ef7c331b333d5f', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"BANR-22KH-M9S","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (24, 12, 'email', X'39367c637574b2e8a6ec4ca6602a9f79adc368f1ee2f14fac062ad22389e486dfd12e173db5b699960548d16f1fda38ec5027335bed45c2df89afa248ed47b88b88803651ee8ac646a2932', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"BANR-22KH-M9S","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (25, 13, 'sms', X'4899113020c3f4fc8291b528ffe6990d22b0552ef440619ea0c732dc24bf4ea1d342c19ba68c6260a6682f743736a801b2ed2066', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"N8AN-KER4-QHX"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (26, 13, 'sms', X'28a28ff5a5a0c58bfb876f58a808ea2c622f241bb20e13550802ab44b748dc4fe9931b82faca41ce3db7d5f045f0eb1fea7148ce', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"N8AN-KER4-QHX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (27, 13, 'email', X'dac6a12a96b9b6fbe438424bac6985a2c07873809fb869f590e6e6a09b89af7d1d16fe8dd9cedd93d7a1e73fb9637c9d4087334d3cc8375d0e092675eccd8ee18440769b27c173056d77ae', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"N8AN-KER4-QHX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (28, 14, 'email', X'118590cefecb3fc87e34b56f5be101072f3223f4260e1e6cef08766f6303116c9a9ffe104fb5203438ac058b26736f092b10a2910b7ed907de3e531a9c5f9bd6d03c89a07639396f26696b', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-STOCKOUT","code":"YJSC-5FFW-S32","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (29, 15, 'sms', X'1442dba0ef2d9c9fe37bf021c9cd482a218fddb1e4286fa4e4489d3bd2f69cba0c2f75b0574cfe489e0bb22351ce69a7bff427b1', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"M316-M0RE-ZN7"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (30, 15, 'sms', X'a6e0964ef60abc90f1e09c94787e434987ae4443929fb78324e1842b04c5b7e71ce579f74f39c328769864ff1b28def9cebeed8f', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"M316-M0RE-ZN7","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (31, 15, 'email', X'c2d368b912d870b9ed6199bc461e41aa7c0dadd7fc13bac2fab7c40afeb94d7780f1e16718e2c592e3fdfc252f3066d62fd3f256e629d276db4a3a07c10859f61f89707512e6f2771be859', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"M316-M0RE-ZN7","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (32, 15, 'sms', X'4e57b969a91c29a01a98b9bb4a8acc2b5d0606644a0634e52c5ad151a050a83e4d16c23661b1a62822bfbe9efb24538bdc9fa64c', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"M316-M0RE-ZN7","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (33, 16, 'sms', X'0f78854133b8f99b2f9e5c5e998edd8bb4861cb1413b68a7fb474d792ca55791b01d36bd1548915d9d7d25acca3474a6019379cc', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"3NEZ-ZB40-39Q"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (34, 16, 'sms', X'88d0d0701207fdbfbc08c5b7d368d2df0946ea198f1d92917b02ab65a7f3f00ef383f5f89cacd5d9a6aee3fcce7fd0a1e0fa8e06', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"3NEZ-ZB40-39Q","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (35, 16, 'email', X'fc02171f9990e1a40407c30b7f3bf733fa27bddc7072d701b005536ab0036fd3545ea03006bca620021c3c05f3284b399b0304b917744a5a1af64aed5bfc3275a4e5d195c903d54d6a', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"3NEZ-ZB40-39Q","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (36, 16, 'sms', X'2e51d7d56a7fff697be47a2e149830aab08110cf70f5f9ec46c16f41387e53f7a8a767ad0e9d795a97e71178b125b75794bd2f76', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"3NEZ-ZB40-39Q","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (37, 17, 'sms', X'41474114dcfde5bce168545448edba81ae12f9b7b3957a7a7d96f17ee0010bfc6fadf497f2b1760033842cebd61a96239471e8a8', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"CPJC-S56V-03Q"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (38, 17, 'sms', X'654893d88ab319604c5deb2541083541966cc029f06b92f7c59dff9b25cb7a52c3b0a4cddec309195915a00242bf1a89a11bb9fc', 'mos', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"CPJC-S56V-03Q","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (39, 19, 'sms', X'b30b9b18d6d1dd9be176b5967193a62cf87da1cf5404651a3f644abb7d64fd5b0e650c4b8a1d166ffca2b661d9b924fb3108d871', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"AAJQ-PZ81-6V5"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (40, 20, 'sms', X'c24a40f001e0add60abb7a6a59558114ecf6d4a8ec7b3a831560eee51bbc450da92a683e3b37fe2c93c8ff175a89109fc72b46c9', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"83SW-CDFC-CK0"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (41, 20, 'sms', X'7f95f79e73dda035125797c940db3643b239bbfc367853344795b8e3b3ba859615c29ec9beb06b45fad62ab553cbffe5df078540', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"83SW-CDFC-CK0","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (42, 21, 'sms', X'ad42d76c4a11060686de65d1e3baa2782fb078e043af6170b1ad3c8bfd761f33fd92e4f88470f593913b5ba21c3dc06a4d9e6380', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"E9MG-0916-BD7"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (43, 21, 'sms', X'2447d2d8043110049bd9aaff46125db4836e7d1ea2db057a9751ee1ffa1ca3a874df55c42cb68708005af6dc0fb8e6cd85ecd144', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"E9MG-0916-BD7","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (44, 21, 'email', X'183d36e4eef457d6f48389ef75309dcf0c2fdd70b4157221b87f7aaba5e6b79981571cf860e32c6ad46c83994ca01e9eaab271bf3cbdccff680298d53e57447f883057a369de', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"E9MG-0916-BD7","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (45, 22, 'email', X'282b79b3aa4a83b7659b5366975d1410b083921769b1e4191a4f4f0c3d263ff7d862ded2679e453fc035e21224574844972f554a97ccd5f303e24f2b718fdb0967d75ed30254', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-DOCS","code":"H46J-PTNX-XDA","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (46, 23, 'sms', X'f94d18e0582f69233d975f8d4ea5bc02f07edc4504b9a75f31052a5157da8fdb58a1e2d6bcd62bd7d4685990febd0c6a1d7ddfe2', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Y2T5-PFRE-ME2"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (47, 23, 'sms', X'aabd290867220d9ceda605477a4945e4ec5cb79c3edcc1d04a69145ed9a9c8d9fbd8b87cb973b88e0c54ee2f63678456743817d9', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"Y2T5-PFRE-ME2","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (48, 23, 'email', X'dd743f23ce5a92be617a549bf271cb7c3a0f5172a0284ad586eab2ecb20d94ae746dd16623b17e2d64039586640913d650256ffbeb9fe29158cd14a4d564631a4a33e53cfbadd9e58e245d', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"Y2T5-PFRE-ME2","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (49, 23, 'sms', X'a2bfc006a9c7a15234c83cbd5cbbfaec7d85f740bee7ec03922be5b6b906c24fd33284649e8fdcbf041483f8e36128178f41b007', 'dyu', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"Y2T5-PFRE-ME2","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (50, 24, 'sms', X'ebebf2179ad4a1a6ce51ccdd8e65d2475fc669c2dccbd5c5dbd289995c73c3577c4aeac83cf47dbcf7562f3ea4099d6b3179f3ca', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Z9G5-C06J-X7K"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (51, 24, 'sms', X'068ab501d924ca290968332fdd36003d573e3e4761af16e5dd4e8f382283da7e9ac05cfaa44404976dc737e7678841530ad40bed', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"Z9G5-C06J-X7K","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (52, 24, 'email', X'6cecbc1f1aeba9799b7e141389923bb3c4d83467d5d854835cdc335ef07ceaff2fabd2307ebacb9f006c419e87371e1e26923d959810e23384e665feb1666358aea69d5587d681f23139e3', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"Z9G5-C06J-X7K","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (53, 24, 'sms', X'df1d3d40f6fddeb56e34af7931a9a6fc68610643bc651f6e940d2be0a3edf214c73e5635ae63fd16d8e1e86b10a93fc3f7073408', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"Z9G5-C06J-X7K","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (54, 25, 'sms', X'705682d57cd1db6a42a739680734d437f978f49f34c3b672f2816d9ea7f537ec4621df8b6507f2f333bd6394e0415204948cbf38', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"RQ63-XEFP-9HC"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (55, 25, 'sms', X'fb470cff43054f2a2c393b78dcd55e06ab27e1daee3e6f0f3fc66081b8c3f49fcb061151e51cd632546ed64ecfe473f57f31052f', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"RQ63-XEFP-9HC","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (56, 25, 'email', X'ff1a9ce68915d016dd881c1a64068c03da48427a3a63cf81e15c38432b42c60f64ed06386bc56a873b9495a361bf7dcc26a33aae49407c65b8a3ef1c8238ddcd97b3f9c58c8c5dba1ecff0', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"RQ63-XEFP-9HC","message":"","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (57, 25, 'sms', X'671721665d409bcfcae090f4781ad9031d73ce122d48124b95a7b8029a4ad28de4bd9189600b0a6654169ad51ce06c824d695ae5', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"RQ63-XEFP-9HC","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (58, 27, 'sms', X'97a9ebdab17a7c584d23ef5416de69aea17a6e5cba9b4509fd1417bc2a61120f9f6f76e37c58f9374b9e5b59f5bf5d7a6b8d6180', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"0227-NBS3-D0N"}', 'pending', 0, '2026-11-29T22:25:51.656464Z', NULL, NULL, NULL, '2026-11-29T22:25:51.656464Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (59, 28, 'sms', X'02eb864ce862832a49377ade57e3d7cac6663520b187c64f947dd028a22f3728966d58fc4d967523bda19e287060991c20d06881', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"7V1F-FWGZ-YSV"}', 'pending', 0, '2026-11-29T22:25:52.505357Z', NULL, NULL, NULL, '2026-11-29T22:25:52.505357Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (60, 29, 'email', X'86b9cdfe311b5dbbbf4dfc7721a2ff9c0a2b5ccbd11e3dc38fb060eee9ef6b2db59848f002e44fb18222af00662526939d9ef536601e41', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"YCA6-7V5Q-WEA"}', 'pending', 0, '2026-11-29T22:25:52.52407Z', NULL, NULL, NULL, '2026-11-29T22:25:52.52407Z', NULL);
CREATE TABLE routing_rules (
    id INTEGER PRIMARY KEY,
    -- a category, or a whole department (exactly one of the two)
    category_code TEXT REFERENCES categories(code),
    department_code TEXT REFERENCES departments(code),
    -- at most one place; none means anywhere
    region_code TEXT REFERENCES regions(code),
    province_code TEXT REFERENCES provinces(code),
    commune_code TEXT REFERENCES communes(code),
    unit_code TEXT NOT NULL REFERENCES units(code),
    created_at TEXT NOT NULL,
    CHECK ((category_code IS NULL) <> (department_code IS NULL)),
    CHECK ((region_code IS NOT NULL) + (province_code IS NOT NULL) + (commune_code IS NOT NULL) <= 1)
);
INSERT INTO "routing_rules" ("id", "category_code", "department_code", "region_code", "province_code", "commune_code", "unit_code", "created_at") VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-29T22:25:52.565697Z');
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('0eb5e6028ac29d3966a2ba679705c068bb9fd64839cb28c41bb0a5b193864ef8', 5, '2026-11-29T22:25:53.048813Z', '2026-11-30T10:25:53.048813Z');
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('bb160d82036269fd3d396265a2d7ff9418c0ce794a552c5d579900f8c385f0b8', 1, '2026-11-29T22:25:53.464076Z', '2026-11-30T10:25:53.464076Z');
CREATE TABLE guide_versions (
    id INTEGER PRIMARY KEY,
    category_code TEXT NOT NULL REFERENCES categories(code),
    version INTEGER NOT NULL,
    procedure TEXT NOT NULL,
    -- {"fr": {"body": "..."}, "en": {...}}: a template per language
    templates TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (category_code, version)
);
INSERT INTO "guide_versions" ("id", "category_code", "version", "procedure", "templates", "created_by", "created_at") VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-29T22:25:53.501793Z');
CREATE VIRTUAL TABLE complaint_search USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO "complaint_search" ("rowid", "body") VALUES (1, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (2, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (3, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (4, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (5, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (6, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (7, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (8, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (9, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (10, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (11, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (12, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (13, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (14, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (15, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (16, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (17, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (18, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (19, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (20, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (21, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (22, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (23, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (24, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (25, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans. Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (26, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (27, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (28, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (29, 'Le directeur exige 3000 F de frais de dossier pour le CEP.');
INSERT INTO "complaint_search" ("rowid", "body") VALUES (30, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.');
CREATE TABLE admin_events (
    seq INTEGER PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    -- what was changed: 'category:SAN-FEES', 'unit:SAN-BF13', 'user:agent@sante.bf', …
    subject TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"email":"admin@demo.redress.bf","id":1,"name":"Aminata Kaboré","role":"admin","unit":null}', '2026-11-29T22:25:51.656464Z', '84d502c570304c274a0a60203a8b570923a128cd225760ede80f18af45905cf6');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"email":"auditeur@demo.redress.bf","id":2,"name":"Jean Zongo","role":"auditor","unit":null}', '2026-11-29T22:25:51.656464Z', '79ac176008d06f8bf38b7ad24ae1dace43a11b11440e3d94c2c8552763f9db97');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"email":"accueil.sante@demo.redress.bf","id":3,"name":"Fatimata Diallo","role":"intake","unit":"SAN"}', '2026-11-29T22:25:51.656464Z', 'ef7ce252675f9638683782b9e682b09bbe59afcc9f784a4a05bbd878eca3d517');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"email":"superviseur.sante@demo.redress.bf","id":4,"name":"Dr Salif Ouédraogo","role":"supervisor","unit":"SAN"}', '2026-11-29T22:25:51.656464Z', '1f68ec99a785c4cfe0bd03bd8dddeee97ba61a5fad45bd19dc1b01053b07f45c');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"email":"agent.sante.kadiogo@demo.redress.bf","id":5,"name":"Mariam Sawadogo","role":"officer","unit":"SAN-BF13"}', '2026-11-29T22:25:51.656464Z', '46fdb6524f4a1018bd6885e311d60510668a29abe23f605405f3783f97c8ad0d');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"email":"agent.sante.guiriko@demo.redress.bf","id":6,"name":"Issouf Traoré","role":"officer","unit":"SAN-BF53"}', '2026-11-29T22:25:51.656464Z', 'c71eb473a5b8c94716f6c72098bf1751f6ea874a10fc6c9ffe05f2f2eb206072');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"email":"superviseur.education@demo.redress.bf","id":7,"name":"Paul Compaoré","role":"supervisor","unit":"EDU"}', '2026-11-29T22:25:51.656464Z', 'f9c4e03ad99d8e9c802a7fc843e24a3dc23fd80e072686608e4634f4e82193aa');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"email":"agent.education.kadiogo@demo.redress.bf","id":8,"name":"Awa Nikiéma","role":"officer","unit":"EDU-BF13"}', '2026-11-29T22:25:51.656464Z', '83aeb9e79f0c7df9972d4a3892b1749c9bbb93bf2c20700d3965394a94707446');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"email":"superviseur.fp@demo.redress.bf","id":9,"name":"Rasmané Ilboudo","role":"supervisor","unit":"FP"}', '2026-11-29T22:25:51.656464Z', 'f8c4cc6c29c54a470418238cc56511fe838d9e20262df55e568257c578e73303');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"email":"superviseur.justice@demo.redress.bf","id":10,"name":"Clémentine Somé","role":"supervisor","unit":"JUS"}', '2026-11-29T22:25:51.656464Z', '4c929bbc0320e76805a40de1a1434c17998077a895b64ad2fdb7185fd3f3ef9f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"email":"orientation@demo.redress.bf","id":11,"name":"Boukary Ouattara","role":"intake","unit":"GEN"}', '2026-11-29T22:25:51.656464Z', '45095b8840b5a23c9154d42d4a37f0f31f5f1fdd297278f2e28b4813eed8e1fd');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (12, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"category_code":"SAN-FEES","commune_code":"BF130004","department_code":null,"id":1,"province_code":null,"region_code":null,"unit_code":"SAN-BF13"}', '2026-11-29T22:25:52.565697Z', '76201077c1f3439710018b5bda51f34c6b4ceff499694551c287adfcb9fd0678');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (13, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en":"Test holiday","name_fr":"Jour férié de test"}', '2026-11-29T22:25:52.590495Z', 'ffd8240833a80b247d49eb1774e97c96ba851b7ba19ff6c3fc4414800d958168');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (14, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"department":"SAN","level":"facility","name_en":"Sector 30 medical centre","name_fr":"CMA du secteur 30","parent":"SAN-BF13","region":"BF13"}', '2026-11-29T22:25:52.612495Z', '40043e445c39d57b3e47934206b734e87961c83c7ccf6165066c0d0afa52f6ed');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (15, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure":"Vérifier le reçu; appeler le responsable du centre.","templates":{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-29T22:25:53.501793Z', '2740496ed25fdfaed27efb54975800903844e057a2b6aed0aa0c5c23d6f8f7b8');
CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_audit_head" ("id", "seq", "hash") VALUES (1, 15, '2740496ed25fdfaed27efb54975800903844e057a2b6aed0aa0c5c23d6f8f7b8');
CREATE TABLE phone_senders (
    sender_key TEXT PRIMARY KEY,
    language TEXT,
    stopped BOOLEAN NOT NULL DEFAULT FALSE,
    pending_code TEXT,
    pending_step TEXT,
    pending_department TEXT,
    pending_until TEXT,
    updated_at TEXT NOT NULL
);
INSERT INTO "phone_senders" ("sender_key", "language", "stopped", "pending_code", "pending_step", "pending_department", "pending_until", "updated_at") VALUES ('208a9023e80fdfdad403f8221021ffd2cd60d27e53fb07436bb0e7181e943d6d', NULL, 0, 'S9162NJE6PT', 'department', NULL, '2026-11-29T22:35:53.514616Z', '2026-11-29T22:25:53.514616Z');
CREATE TABLE inbound_messages (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    gateway_id TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    received_at TEXT NOT NULL,
    limited BOOLEAN NOT NULL DEFAULT FALSE,
    reply BLOB,
    UNIQUE (channel, gateway_id)
);
INSERT INTO "inbound_messages" ("id", "channel", "gateway_id", "sender_key", "received_at", "limited", "reply") VALUES (1, 'sms', 'fixture-v17', '208a9023e80fdfdad403f8221021ffd2cd60d27e53fb07436bb0e7181e943d6d', '2026-11-29T22:25:53.514616Z', 0, X'0face2626edfa870d5f44cac912bb6977a334d6b51a246b787bdf9cf1f459ba8c168ea32c0620c0594c6ef88100b183899f0673872c15f25235d7c5faf972f6d75dce214d6d24be1ff550ead8e947aaea9a9e349618899f7a859fbadd818e669e4a1f751300671745fa3ea13c218e6e1e079f0c326012c2b4a01f394146be31c0f92e4f672317df945d4d28b5d44df5b78657fc19481aedb588d971eaad2b5f55ce19a5f384aac9d52751aa87802877859a060e86629521fb818de13417911d26cc1');
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "ussd_sessions" ("session_id", "sender_key", "state", "updated_at") VALUES ('fixture-v17', '494478c455373a2d70f62e3b141a958afd3c4568e990be1eed67eb95054d9f14', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-29T22:25:53.53279Z');
CREATE TABLE stats_cohorts (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    answered_on_time INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    appeals INTEGER NOT NULL DEFAULT 0,
    ratings INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    -- open and found past a deadline by the escalation sweep (escalation level above 0)
    overdue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, kind)
);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 3, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 1, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 'complaint', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 'complaint', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'denunciation', 1, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_cohorts" ("month", "department", "category", "region", "kind", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
CREATE TABLE stats_answer_days (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    days INTEGER NOT NULL,
    complaints INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, kind, days)
);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 0, 1);
INSERT INTO "stats_answer_days" ("month", "department", "category", "region", "kind", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 0, 1);
CREATE TABLE stats_rollup (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    answered_on_time INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    appeals INTEGER NOT NULL DEFAULT 0,
    ratings INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    overdue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region)
);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 4, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 2, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO "stats_rollup" ("month", "department", "category", "region", "received", "answered", "answered_on_time", "rejected", "withdrawn", "appeals", "ratings", "rating_sum", "overdue") VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 1, 0, 0, 0, 0, 0, 0, 0, 0);
CREATE TABLE stats_rollup_days (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    days INTEGER NOT NULL,
    complaints INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, days)
);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 0, 1);
INSERT INTO "stats_rollup_days" ("month", "department", "category", "region", "days", "complaints") VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 0, 1);
CREATE TABLE attachment_blobs (
    storage_key TEXT PRIMARY KEY,
    sealed BLOB NOT NULL
);
INSERT INTO "attachment_blobs" ("storage_key", "sealed") VALUES ('2026/11/179a403d9d6ccc911c6001876e2cf942.png', X'e9fb5d56b368643790b7de3ab53ef72b2b3b6912bae90244233075873849163a513091da20f4a862a312c0fb3cad3e17ec23500b2eeebe5b61e0049aa4edf872dc0cd32a2cac91fe019f4adb501bd564af9d709db21aa222731cf8b52aa887187bc45de82a7136cb7d06a6f89c');
CREATE INDEX communes_province ON communes(province_code);
CREATE INDEX complaints_status ON complaints(status, id);
CREATE INDEX complaints_category ON complaints(category_code, id);
CREATE INDEX complaints_assignee ON complaints(assignee_id, status);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, seq);
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
CREATE INDEX attachments_complaint ON attachments(complaint_id);
CREATE INDEX intake_receipts_created ON intake_receipts(created_at);
CREATE INDEX notifications_due ON notifications(status, channel, next_attempt_at);
CREATE INDEX notifications_complaint ON notifications(complaint_id);
CREATE INDEX complaints_late_ack ON complaints(status, acknowledge_by);
CREATE INDEX complaints_late_answer ON complaints(status, answer_by);
CREATE UNIQUE INDEX routing_rules_key ON routing_rules(
    COALESCE(category_code, ''), COALESCE(department_code, ''), COALESCE(region_code, ''),
    COALESCE(province_code, ''), COALESCE(commune_code, ''));
CREATE INDEX staff_sessions_user ON staff_sessions(user_id);
CREATE INDEX complaints_unit_newest ON complaints(unit_code, id);
CREATE INDEX complaints_duplicate_of ON complaints(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX admin_events_subject ON admin_events(subject, seq);
CREATE TRIGGER admin_events_no_update BEFORE UPDATE ON admin_events
BEGIN SELECT RAISE(ABORT, 'admin_events is append-only'); END;
CREATE TRIGGER admin_events_no_delete BEFORE DELETE ON admin_events
BEGIN SELECT RAISE(ABORT, 'admin_events is append-only'); END;
CREATE INDEX complaints_commune ON complaints(commune_code, id);
CREATE INDEX complaints_deadline ON complaints(answer_by, id);
CREATE INDEX complaints_unit_deadline ON complaints(unit_code, answer_by, id);
CREATE INDEX complaints_received ON complaints(received_at, id);
CREATE INDEX complaints_sender ON complaints(sender_key, id) WHERE sender_key IS NOT NULL;
CREATE INDEX inbound_messages_sender ON inbound_messages(sender_key, received_at);
CREATE INDEX ussd_sessions_updated ON ussd_sessions(updated_at);
CREATE INDEX complaint_events_at ON complaint_events(at, seq);
COMMIT;
