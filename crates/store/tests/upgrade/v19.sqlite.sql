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
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-29 22:33:18', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 3642454);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-29 22:33:18', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 6732800);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (3, 'notifications', '2026-11-29 22:33:18', 1, X'ac9825ccecab90acb3efefe4f3d758a99512214b53c0f282d852d669d1bc9278ac4e07c18be14508c59c0a34550f0f4e', 3996989);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (4, 'escalation routing', '2026-11-29 22:33:18', 1, X'75c6e920fafe3a4250f97a931ef9d643e0c18fc7be501a122a5559aa3fbada0d0ce7ea6017e3534057cee8a6e6a7ca44', 3950370);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (5, 'staff sessions', '2026-11-29 22:33:18', 1, X'90a0392224d1c5285e1d998a6370de47f4b21b92e6552f02816edc4a99116f0c75c8e0f8ab5cafe2f6e5939141f71069', 3955086);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (6, 'response guide', '2026-11-29 22:33:18', 1, X'53c589d695a7a1d20e53e304fda52c0d6aca42b1c13690854045c382ca615ca8c439dfb7a4a9c1302c2415f15ac8e349', 3978221);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (7, 'search', '2026-11-29 22:33:18', 1, X'2bdb6635a4b4147919e9554823a764e2252db043ab4f9b714bd1fc2bce76ec4d5b405bacaf1215f6a402a48b4fd2f0b2', 3975047);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (8, 'unit queue index', '2026-11-29 22:33:18', 1, X'e030c0bd32182999b39285514c0626e6d58b2eff20f16717ec1694f0f42b78d4e92d980a6c88da2d55a33766a014705a', 3367497);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (9, 'duplicates', '2026-11-29 22:33:18', 1, X'0ec041c41ad227009e39a359b8277d35d6f72266f6772ec62b25c796298c0a99bc35f9ec4e27937e9432f8b30f4e1fba', 4959504);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (10, 'admin audit', '2026-11-29 22:33:18', 1, X'a19cb4607c6e63f7834392124daaff31ed4471236af2e23dc27d804ff0cd49b6e3ce7ddb690418c6d56d5e2558a1234e', 996515);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (11, 'queue filter indexes', '2026-11-29 22:33:18', 1, X'a20b69e6faf96302118be6c44fabc3233ec2eca9f1c405d4d9d4f11c57e4423ed6c97296d32c54b3c45473888233bd57', 996125);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (12, 'totp', '2026-11-29 22:33:18', 1, X'088c13e4e755a7cb5e792df664eba65d47bd6494921b3e209ee7b256577f4d1ace0aa730c417bb2591031bf85f20dd83', 1638457);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (13, 'phone channels', '2026-11-29 22:33:18', 1, X'b173388c88b304fec87e66c7430862c7b2e7de66972bab130dfd180ce7b7f2b9761167d5be1f86be550ce324c6ecad36', 1805183);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (14, 'open311', '2026-11-29 22:33:18', 1, X'b19d31733831fd8741848db8063b8d4e66fa092d3f3dc1c707cdb409aac47f11f47e3c05ea8e2a8ed13ccf905fa774b7', 1283160);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (15, 'stats', '2026-11-29 22:33:18', 1, X'd5d8345d8d5d629a41825bcf6093c6dc83a38a154789b70d93d440ba4c33b0d0e107d82e907bf8bc00f100d829c60e5c', 1493622);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (16, 'stats rollup', '2026-11-29 22:33:18', 1, X'746c58b6b39dc1e14acd3e675852c87a76b70d3eb0c590cde6a7f4a94defdeb6f6c3fb9799764c4f642de16204b05e95', 939682);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (17, 'attachment blobs', '2026-11-29 22:33:18', 1, X'1b22c664067f27889a31bb2e6f1d0b81b07d5d03c9f70d426466457826c478c9e1a2b831bf224a68b4aaa72900459f15', 4749504);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (18, 'retention', '2026-11-29 22:33:18', 1, X'2b07f4061a0e9918b27ef0c853ffbf220c6f0997db5838668facf5d127d0d4f38a6addd8f464b31c0e755db551f81564', 2810041);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (19, 'key rotation', '2026-11-29 22:33:18', 1, X'a92badb1d081f962edd1bdd1a492268b6514375aa5cb49df54f62b3e743974bd36d2a2ae121ce8586d1a2821cb4a54af', 1404139);
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
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at", "failed_logins", "locked_until", "totp_secret", "totp_last_step") VALUES (11, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$AuZgtbvkTe/iTRWjO+WmAw$cEdk0aFlplyUzLoii7b9UQzWM2hWkxpq1g6fxG9ctCg', 0, '2026-11-29T22:33:19.315889Z', 0, NULL, NULL, NULL);
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at") VALUES ('2e51f104e1bcad569e37f533fd42c45f806671a6919755e79d3807568516d104', 1, '2026-11-29T22:33:20.252551Z');
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
, duplicate_of INTEGER REFERENCES complaints(id), sender_key TEXT, media_url TEXT, erased_at TEXT);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (1, 'Z79WHWY8Z98', '0c23027c14aabb2ae10161ddc35a04987c7222b3f88cd502e8b2e4801e88784b', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'bb65d88c185f3274c3f3c4b81e5a88a8e1740be8840c06cbb6bb7267a620ac1cac43bfa5c8f4c23ac8d11be6da69e122d948c1b4d4ab0828b71b85890819c231', 'received', NULL, 0, 0, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (2, '0ZST62J9ET2', '10f6cc6e9251bbebce68ba04ec066c81e7d804e33780681ba6f8f79bc7cc3ba3', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (3, 'H48H4BCREYT', 'ad76118a1b9f7f6b7c4406a98ba0b8f1f1efad35d14a762537568acac4f56e41', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'85366dfe3ddb7d13666e3d735745f9a15d3d45779ddaeeae5f00d5341c1628c83d83fd8f59d352b2ed34e3ccbd47b633810936856dccb8c040c4ebbdd7e886ac', 'assigned', 5, 0, 2, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (4, 'JPMS18850DX', '98fb28f533b299dfd26dd1e47202c7aab873cb5794a1dfa9489c93a81614a67f', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'e23569a2fedcf6dbc0ed584b9d7e04864ddfcf54293d95d6b377bd47d3499480dde62748c1dc91443d24c209d41aa5fdbf7e92b52f9a2279775ef661168d125a', 'in_progress', 4, 0, 3, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (5, 'AXZP06YSANX', 'ec2e1990d5079ea307d664146b32ff22fe7c6635b70713436777a4433e526e67', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'5c23308b35cbf9abdf8d5ab9a99968920f76cfe0f8cea7ccd0b99f0ec08117c9f71a6fb511e4a0303fb17fc2aa2681e604144d63facbeebffe9928af1184eb14', 'answered', 8, 0, 4, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (6, 'HC8HTA49PCT', '216be283348d0ac8a82f925e79352fbdfc8302786db07f16695bf2173176ec7a', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (7, 'P6S4VJZK1S3', '4f0f7f48852f2e0a5cb7eec6f3ae4e77a0682dc74c256fa765a5da9dee8a7f5f', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'ae5ce5e97f63129704f895a96a8f8cbb026e90f28f721c844ef8926ac4eb346c1276d7c1626a1527f57baf6f407a941611930305a30820bbd7672297cdef6999', 'closed', 7, 0, 5, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (8, '4EY8ZR14WZY', '6bd085bf5c63bbb2305a0125c5bc6a4e6a36f4ec8fcee81649b35b2b7c2a4bd1', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'6791587071005e98296939da6bc07f4236f1863768a802013378bb74c91eea90071d9b5f4c7649358f9b0705b0826d3a5b756125dbae4b8f6b17a5b205659190', 'rejected', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (9, '81QJAY5467J', 'eeb0b6b05753f802014a7f1de5e02aba453d08bc3b3b47e2148aa7291089b4af', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'3e54d70df48697f2c9db0259175b2884dde820cd5edf62efdb75006e484ef7237d9fa2b6bfe651f35a94a08f0b11476980e4036b3f00690c50cd7d0c62da3d97', 'withdrawn', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (10, 'FM6112G1VFG', '0c866178e5af342661db4b1bf01dae8765bb45c364d560f04da02d852eab0e16', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (11, '35YXXW362HG', '1695a16aefa7808fd5c19e8983f64e79688e33b11da2d2cfc231fab6aea51edc', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'ca5c88d9782f796f4e474cecda9a547c978cf88cb206c0c6b6631705d2c759f6cdd7718a99537e85717e5608f3fa6baa13a5c749a008885f841867f659591286', 'accepted', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (12, 'N5A6AH980DB', '6bb60f8a0a7e1b9effe300a6c69ab0b3803176b3b3a972493ae10c64af34e20b', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'd64fc3ecee16e4c5036eedfe7d6710b4848e3739c3463f147837f9cfadaa07b86fcebc538bc772fb8187973fd098ae873daf0607b6b05b5ff31febc474e5eb3e', 'assigned', 10, 0, 2, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (13, 'A6WH9JYTZVM', 'c3b113779bf81b5e077d80fb62d9ec9d6cac60ab22149bc304277def64331fe1', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'f61170e7c530fbf10d11a9a4e4672e9188a3f027c44279b2ad8acfebd00a8ee6d1a390172b853ecfe108e97947f85b4dc0962edec96d923b08dc6925acc79ad5', 'in_progress', 5, 0, 3, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (14, 'HC6D1868BY8', '8f94ef67641f9998eb573f61a2d4b3705b2e746c4101ea86c6803d9b6182d6ac', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (15, '5KGRARFZ513', '460e07d1d2117450117f7acb57e16cb95e334ab03f9301419f666f015784a0fa', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'f41824c47abb0c0b039ece968bf9b3ceae5ac5cc60887e3740f36f7c3d25757f72c42320042d9fd57bd0884b0082df1090013c6abec7f8ca6c629ec59cace7a0', 'appealed', 5, 0, 5, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (16, 'NDD2SJ8JJG2', '03916f7fea50775af08a4a65f80f4bfa6ca6048e88a62d2ef7e4a2cdc186a02b', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'661fb42b916847c2a5a31b6ac6a71ff36ff8024a938defbca12992f1fbd0136fcaed4ac18ba696a8881ed171ac9328d22e0ff7952508189fffcb8e3d3cf56c51', 'closed', 4, 0, 5, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (17, 'PSZX8QNE1VX', '8dcc13382d788b241fa2ffd74a9bc62f7fc3d2a3f2f7198b93f42b54635bde3b', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'752311e96c1f4a0e287f3d76d678ae686ad6df8c675ddf64d02e0f6a1b843fcf346a1d220404e3c8f344877e27131d6f797f757e338bea654a3d69c65888f761', 'rejected', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (18, '8N5Z5C0WRNG', 'd913f30b7724fbc43d8ccfd2881a0a179a66f40a72cf203b368419861f919da7', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (19, '2MT8AJ3D3RB', '1cbf88d35980eb85d394ae09b24d9649c0d1a4c7bc21309de7a1b821c7c59d0d', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'dda7ae53005679f9baa8e99c0ac6f3966c9414040e7cbe54cf5acc0336e084f3bd9235773345078244f685e3e4598130546e7864c0f867c626d1b9d2fe487cb2', 'received', NULL, 0, 0, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (20, '3ZH9EC1RQ1A', '1917ab0ab747f3fe041c7eb9c0820b0c3a616e5032f7cadda217de89fb475812', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'1320b66646a965eaedb7ae5fc8b372a4ad3c318959b248fa7902a3d4629cf25106c4d30af9b21cabbda87a107250c5768cec11d2bf0186633beeb0cc44b6151d', 'accepted', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (21, 'PKT3CDMYY1C', 'b24a216d474faf32c618c2fae11c1d4730629275a17827df22700c6c362c4c63', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'378be12e7b178cbdbba2a257f0a2996e0e6b6297ff1ee3091bfd2e4d412d82ad2f85590be78e7fb4175802e57053e2f0d03152fe319f0ed9e61ef4aee86b1810', 'assigned', 9, 0, 2, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (22, '2JZFWXCBKWQ', 'cf76aa21be4d46ec6563a965ae094aa93d3d31401cc7715ee7d4673151573b91', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (23, '5EANSPGSGYM', '1fd4eff7272e65a0e4686a5b2d201f2c35bff30fdb840d02233ae26f808cb097', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'188a42441ea6d5ea9851b24072513c2f63c548363f898b992e203b9077c90f038b0096d87236bfe669285a72cd0f4885a6759153fb9592329aa63695ebc0ff70', 'answered', 10, 0, 4, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (24, '648M1K8DD8T', '95ca723e260711fe71cb4998382adb2bd60cad75bd4ae68a4bddf3d69dcabd7c', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'5dc8eb5258e4f875bec9f901db952a76c2c8529d488a843fb32f2cb5a3ffe7ef651d95f3286d0fc967af43554742200e09b34b97b709d3b2ca145cdcbb46fd68', 'appealed', 10, 0, 5, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (25, 'SEPYE9ATG9Q', '6594daff1d6808d9ae95a03fef7e44b59a708d1696a9a404f958ec6e65835679', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'523aa560e9ef76915f052c00992563596eb637de8780f1baf40773a39180e066fa8e4e445363b95c01ee470169df8596ed1949d61ecf55fe807e7ae51fafedd8', 'closed', 5, 0, 5, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (26, '4J9F9T43R9Y', 'f7ec0d189e541a7f9d06a390c8302b16982c635d4932593f842c4ce75ecebda9', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', '2026-11-29T22:33:19.315889Z', NULL, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (27, 'E79TJ0GZ81V', 'e196daeeba21b3a543e2ef9a7b684f1d9118812f72570f65a72bc5ccb91f795c', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'334aa45a86beba311f3a4b1446158541a7e2a91ea5343c2691d8b63a27c32c84d7d326634ff0c7000220536243b21dc97255aa67fdf50a299f352624a6bf9b97', 'withdrawn', NULL, 0, 1, '2026-11-29T22:33:19.315889Z', '2026-11-29T22:33:19.315889Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (28, '4CT8SXZN6JH', 'e66b216aa7a935e91ffad41b3340ecd027f646b02fc88e6f05f898a669ccf6d1', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'4e42de4cacd8b20d635b40566cc8bd7888a85abb62ddd661f01513c1416939ae98f25530753a7874ac30c6bb8f298926406cb4c52658ce3367fb537edea7dbe77ea0009dd0e0fac2ab08c8ba32ff05fb6d134c67b170796f', 'received', NULL, 0, 0, '2026-11-29T22:33:20.918952Z', '2026-11-29T22:33:20.918952Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (29, 'ZBRXV7Y6Y15', 'd893248744d8b37252704b787a7a04b297146783d49dfac564173908952fb81e', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'920b840515182a8fc57413b418800f9e22122188e5a1450c2cc7f64f71d97e1697fa26c37704b1aa54e163531305045ec90706f25bb51e8e0dd973d12f6429f7f2a690d2c05caa49f82e39c72e1dcf6dba167385c7651db018', 'received', NULL, 0, 1, '2026-11-29T22:33:20.958162Z', '2026-11-29T22:33:20.988419Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at", "duplicate_of", "sender_key", "media_url", "erased_at") VALUES (30, 'EMX8FFWBEWP', '68f4ebfd525c363498e7717c416305bd8ae19c7f7f6f135322f6ef734532409c', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', 0, X'2eb9ee6779a10c84df48f328ce73edc6102b646c6ef58eb9d43a2b78f6f4e0da3e99d2ccb78bd26110cacfc388019f822337af7373a7ade6c4b333db374e3c73', 'received', NULL, 0, 0, '2026-11-29T22:33:22.454969Z', '2026-11-29T22:33:22.454969Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, '7aca798c66a9dc7515a448903ddb21f319f0bc7f5f91046517d195684640bc4c', NULL, NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', 'c4fb3e96ff34eaff6f18d97f7129cfb49312d839609f69d854b1bc25f0a13e02');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:33:19.315889Z', '4aef8e555e268983e44d05ca07eda2ab2f600680e8f3efb710494b63a1adcb6b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '03cd6695e39fd685b954ae8b5b8f29f6309640bd8fc954681011298aaa27aef3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', '6f4555239429948974f05ea7aa6ff64e635108d652e1545d0266a98e382b4095');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '5dc545010e4135595b5c3bdad28cc788b43e8aeb8ca119374a770852204d1935');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '418e4dca6fc821da2489f082771ad95f2081e6668266c638ac4c298b8c05bfe9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-29T22:33:19.315889Z', '732479c752ab1e22f11917465e525b382c01debdcdcae1bc4dc6b8939c6d5ab5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '8f78f7c75c50a63c1a5e29e21f7dab4877e602d11416c66dfe9bd9ee89e6ed62');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '748bd4ae0d7c493c66411d49000f1e0898882363bc1c6e4b809687d097e68a84');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', 'd6bdf59c538c32f9510ea9af6e027413140bd2da1488c9e3327e1745bd73e484');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:33:19.315889Z', '826695a5575f5976982452b776d367aae9cc64ce0a2590555094549a5edf1fa6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '0cc060c8cddbf1b5dc7d5bcfdfee0cc31d174074b8e4ab60f4a1a8a24c0e505c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '4c772cf3762302f73e5fa08817ee172ae5c3dbd64c187e301c8f68d151b93250');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', 'd7e1457405be122347967f00bc486a60ecdbeba0861a10f287d7515ab7f26d96');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', 'd6a23988cdffda88ea8be467484da0005b7156fd1e0a687ebe5a69d845e6035c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-29T22:33:19.315889Z', 'f4c635b5b35600e511261610584e8dcfd8a117c933ed33e4fdd2f72cc49a4440');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '6fa9bc7df8b786bedd0a59e0eab2a44023bd2db17bb280d346a6b16c0b85a8a5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '6fdcc99cd439b96df6ce924e216c1ead0e1023d2db744e0c5f2f339c76bcc454');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', 'f5a4975172365a70c72f829b0031eb1bbc2d858d18e9874582dc95e6937f8808');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', '4ce3c72495129944d61dc4c410d0e3384e11686397e50ed53ffadf91ac5ddd97');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:33:19.315889Z', 'c3e6a54aa17741f881606d5368ac4e801b3ed92612ea3f8b5d53235a5c5e3b0a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:33:19.315889Z', '1f86dc3d33943c72c1b194bbde416e5c50181676e5ddba35b306e712a8349589');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '9940b03885210d61ff0fdfbc98e1c75800372f1870b02fbc8131bce0ad64caa4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '87858001950a0a08069846b2e6681fdab3795089d13dccfc4791f6c992a7ee78');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', '5ee5b01d62d5be794263896618d656ee46a32000ae91236177b8950e44bd9f9a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', 'e853b8ef803cdb66e11e37ec338a58723f3e549612672462c97afd850ee44be3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-29T22:33:19.315889Z', 'd46559acad05250ca1d6c440c10f496a79618cd2a31c4de52d26034be4eb9c3a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:33:19.315889Z', '9a472cdec859e22c45b249c528e04f84d419b4f4b8ed9405e9f156a8bc9da91c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:33:19.315889Z', '95aa2641f98ff0663a370dd943db30a11c7a8cd13594d84d03f54437212b8302');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:33:19.315889Z', '65745e8774c24f478b79862495367786e0cacbf34ceaf186788da3e4dccdbdff');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:33:19.315889Z', '2651299a35007be515913e9c30a6342bd9f5d103e024f7ee19b4a46ee201a5a8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:33:19.315889Z', '4b5665c222a55ae3d740b1d60c106ec4b9b487a5c88d7ae30b816a26af505279');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-29T22:33:19.315889Z', '19315225d9232a80621abf9e08e6ccacf043d25c1c8dca0a209e11d510b76695');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '02e81d4817fd933ab39f33ca603e6e5e0bbfee5bf8f0916737e8e32ff3643547');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:33:19.315889Z', 'b0c47c745c285c31829f83835f0caf645dd737298faf4cdd1171ec75001f522a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '9ab17dbd57e2ee6c9304fa485c3780a60a6f4d002dd9f276311ed3978b4f3f62');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '926449d6dcb369221f5b58a184e91bc7651aa6933411f52b296a85aff3112896');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', '2d1e25437c18500ded420f3737d25e55888bfa023cf9a42be59aaed70a565d6b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', 'f1474c1756539ed2a07d4062e1d87464995e1d425ef6e63c7dc4707cec5ae182');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', 'f306f3615ec75af883d772a6eed4ff413e8f3fc0f90bba5ca6f782966bb401b3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', '64be74212cb30fd49022affc6785450ff4cc74fab7bc8692d01512b24b7160a9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:33:19.315889Z', '7db978c93800f63b9b69ef380c5fab00448b32b3546449cc166628c05d8190fe');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', 'bf19b91c5c302f8cd2dfba2a5f0fbf13a8c3af69bd61a69fd04ecde9500b92b6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '1009c24e5e4c4fb5b08e783ddcac33967acf0c0bbb74d9faa5c2eea1cd627565');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', '39c6714b67e97baa48cb3d9641c4304ef6ed90b01f5df5b2eb7b9e51bcd90f81');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', '82229bbb016e072cc8206db0009521e0c01313811161411fc8c94c1533dd56e1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', 'fcc4cd2c361ac3103370169fdaa54763db2f114a1b00b6b535725acb8d1f7ff9');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '74333a0ed025b77ecdce28b4eb002cadacda35802ce076902f4d735e75741b1c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '3af692f486a0ec963895c122e3a51f4dca209249647d9a0be561e08fa157ad96');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', '857b5ca54160f558a98c83c9e02d835c0c5ac63489607e7323cc50a7c953f4b5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', '98ccdd6a884c2ade9ad04d04ddbd58daf276101b807c9f9c3c0356c0ce197130');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:33:19.315889Z', '6d533716b77f6a319b01e240893f45e36d87a97b245a1a72ea14544e4ea2a922');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-29T22:33:19.315889Z', '4d50fe490b8c4885bedb0e08d22b25dba838e0bb117e89fd31ad4ddbd707817a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '14e5ba93e3fafa5d3350754b84229fbe925287e0752c91ddf99ae3729c5421b3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', 'a393734aef5b7d5ce6e0a7dbc9260f4ba039ff06f33b1992efa18e11cf8cd492');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', 'cc716936c9fb0bd296e64ff7e5eacf41e4029c1e37bfd81683d4730f0609d765');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', '85a3b589ad719c4dca12dd3e2175c2d93e03b5f72201f7c3054cf56dae8aa58d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-29T22:33:19.315889Z', '4b6b436303e37e56ac7a0bcacd807442a1aa0f13b1ffa94d8bef28b25eca2f99');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:33:19.315889Z', 'a23f7c8702f0c6f5dcea522bcc90426a18411bc27ba0fad3bd6ce28d52837fcc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:33:19.315889Z', 'dd8853a6cfa9e798bd8a7ca8f2796a316e113452997a459e9774250f2bdf0a09');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-29T22:33:19.315889Z', 'db2560d803196468f30fb6e939a852c8d7e4dce2ab0807b4249554a5c14ce26c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:33:19.315889Z', '9b11c94c2938081a012886226e9988ffc43e4d31eacbad3e1cdb3ef4e12b9813');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:33:19.315889Z', 'b3b8d0c8642deca4cbc4cc8e6e90e02789b3da160440ea3a3dfa1efe8112bfff');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:33:19.315889Z', '39cdb6a962a8f209552ef95750caba9e2010db421c6fc915b8cd0ebea6a5df2a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '87bd4aeb4ddd63b3951737b377f8cd6dac4120813828f4291c8a97e622c1f0e0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:33:19.315889Z', '9ec7b6c2a4faa606506dea934ae5372a532f883b0d85b8eeeb458da2a330f821');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '6e54f0e369d0a201662d419676f983999874a20006ccf995f5f811acc2fd1b31');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', 'edcdf3fa8b18cd1a72ff57db81f4b0ce0ecc14bf968015d526ec6a614ad6758b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:33:19.315889Z', '9237410a129925fe8041c2e2c1feb30743b59e3c8f1bdb75df086beb99def091');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '44488f4f884cddcc0cfd5c52e11f72e2e438219aa54265ac37e27cb5d7f40b41');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '380f8e1625a03a00bd4f8f4fb155543ad741129a45cc15074f0770724fb593f6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', '5a648188110cb802ba070849b5a57839f507a121f9e94edcc533a4483ab2637e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-29T22:33:19.315889Z', '7305fb42dc3376c335c926672f6d3f3d1b6c0118ff013ab3582d46c8520cb3b3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', '5034d05bebdb2aac965b1fdf2484d5673aacd09241b694fe8a71564667383405');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', 'c356919653ec1b5497e99e94dda16c81ddb8ce656e2131dbf12cd1397365ced5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', 'ccfa6c63701a3343ecf1afeac79c39e17cf32bcf184bda931a0779252bd9b513');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', '8e9abb9cd51b4e793dd517cfbab73d6d7c7de59b7dfacfa9a79d1c31e8f7f9ea');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:33:19.315889Z', '22eff1db53965dcecd1555fb37a3ec8d7942943c520a867515672bede421d399');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', 'eaa6041a8d9bc54fe94a524e954cc7e325c05f8cec6cbcc37735d57e5a7c2b0b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', '291d318dd4f7affada6c2db608b980715d7bcd576cbfea067964fbb1fc238f20');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', 'd84c89715e91b4a435d381b2076b415304e6f5137ffd2c8121664a35387a0e82');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', 'dd6a6b36d938037dddd8c5772004049639a29312bb6f63fc74b63c460c15c883');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:33:19.315889Z', 'aaf8ad8e307a15f921ba172f0225a53408be7d49c3f112401ea5b4b81da8dd77');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', '77a902926d1faf7ebb7bb8185abe265c89cc0cb4f09868f3514e412d8f4c6f07');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-29T22:33:19.315889Z', 'fc2640732d086ad1877e0a338f93c910a1eb2a39fcd5af75ab75df34ff121872');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:33:19.315889Z', 'c29b0db169519a65ba5470117119e2c586826748c98b7321a4a1817b286febd4');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-29T22:33:19.315889Z', '16452429792e0a374339b6b28c0e8f23fa496ea262116039d6c1c74cd60cbf4b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"due":"2026-12-09","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:33:19.315889Z', 'fe0c472cf178182ccfb47ecf87aa0e25593474cca6fd1420474943457a7880bb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-29T22:33:19.315889Z', '9e43bfe6bff765b2258281998b36d94dbca61f7ad16313c9178facecfdfc9acd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:33:19.315889Z', '02bc046947ac6ae5dd6640d7b715136850c32f17ce86eaa922bc32df98f820c3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:33:19.315889Z', '6c5f12f13c88713978cd0b606f0c74255d47f2ffb80e0b86dcf3b4fdb528f6d5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', '8950b91d7aaf782b37ab14cf313b707bfc57ab2f23a62cb328c0a1ab6aced26f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:33:19.315889Z', 'd9870fe4f8d863ca47a71e340c22e95167cc90dcbc5a97bb96c696be77a18710');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:33:20.918952Z', '8d686951416fa1e347fa0c4d0113b03b3cefc3b00cd880fb0e857a8a4d3a4498');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'staff:1', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:33:20.958162Z', 'c9387dda3e876c13f9257d86e18062407bbce8eb5e1498bdb3e130f1d6735d1f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 29, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-29T22:33:20.988419Z', '6e659e27f354e54692144bcabf2e5969aceda6c70f1ebe761e0c029040cca14f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (97, 30, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"GEN-OTHER","channel":"sms","kind":"complaint","unit":"GEN"}', '2026-11-29T22:33:22.454969Z', 'aece28fa41ce9b523f8a83fe4a27e2529f809c46acb6c4c3e251cbe78918e187');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 97, 'aece28fa41ce9b523f8a83fe4a27e2529f809c46acb6c4c3e251cbe78918e187');
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
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 28, 'receipt.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/f84e36ecce7569ecacfc50616c08fb35.png', '2026-11-29T22:33:20.918952Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:994bf6b61b03785214d586b701a4fc63:82095314d86c9a6b', 28, X'84ca59111d10f31aa764e317a446440453a75e1bed1a27ce498564621783f6073faf9820f43b4f19cf8a9d082d0f5b5f', '2026-11-29T22:33:20.918952Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v19-1:56874d94594a999763fbea2978c3fe0f', 29, X'd1ae0b60f7948437c9cb22858f71909506e1977f0ab1a75c8739211670d7643d0ef132a6841a3dbe079796828c9b9d20', '2026-11-29T22:33:20.958162Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('sms:fixture-v19', 30, X'293aebbc0c2f11a58bb4eb30a99a6482ba487fae86c98aefef8d1aa3879003dd83f6a97b9ee8ccfdc3d66b7291664e07', '2026-11-29T22:33:22.454969Z');
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
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (1, 1, 'sms', X'9903fe60718fb339e64d7ecd20b17512c5cc3ad9b3f153f6d9ca420ccd8d5bf7d9b560590f47b25c0f65a69731d366c715d7b160', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"Z79W-HWY8-Z98"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (2, 3, 'sms', X'e62ddd1bdeb4c5c11317526125a8786c82993c5d3ca419a7c99a1c281368790d26dac5e6e3668405e257c41eb8e055de0b658bc4', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"H48H-4BCR-EYT"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (3, 3, 'sms', X'a939b7e96a964d61cc86fd5ad4a5a5280b911b3f6497a0914810863039a4af64c132e491a2011019de9e722fd922e180139046db', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"H48H-4BCR-EYT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (4, 3, 'email', X'690e8b775dd0a11a86d4a778c1c8af594b61634bd7a11338a9110a039684ea62f27c3ef1966e79dbda4a14268c22ebd7e0286f183c3bfcfe60cadfccd072e5c684d45c61e7edbb13313e7b', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"H48H-4BCR-EYT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (5, 4, 'sms', X'1f554597edacafcb7688fde1d2a577260b309b518ac8ca5ab8fa7122cb51078fd75e8f5089840e0dfaf4282e3762026e782af114', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"JPMS-1885-0DX"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (6, 4, 'sms', X'd70d748da89f16ab6e626ddcb8456e40c294c2de03b6d35a4fe041cf6df84240e7da3c11418faedee028408b90961c3771e26234', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"JPMS-1885-0DX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (7, 4, 'email', X'3f777b0f87730ab58b7db2f4b62581a90c151fe129ecf0037b0565880bfd07949075902ae4b525174d773b20bb8d4fc537c235602224f79f6cc86a10475f4be65846b6cc4bfa6ad49a', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"JPMS-1885-0DX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (8, 5, 'sms', X'3431797b50d166cc10b3f0a606382c8fb98a1e35cb592df2953222e6a190e5a56b5f89c7cadc4c00d9b28c96d97496a387708c11', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"AXZP-06YS-ANX"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (9, 5, 'sms', X'fcbd62deff51ae527fb2a92cc5f4db3544642ccc1fd1b37d91aa2d55787ba95b8836df6a92e93966a3b26da4de1226db5ed0ccdd', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"AXZP-06YS-ANX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (10, 5, 'email', X'67d766366b7ee2ccd194dcc3420495e56240640c9a1d81fd0a3e8d7ff754fbbebd36131d5bbdc3bff41c55010486d1b108e6c4b0b4dcf53130e214483e5aa1aef5bff361dcfbbb5b5d00b2d89aa48e', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"AXZP-06YS-ANX","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (11, 5, 'sms', X'e7b9fe9bb4fa6d76afcb8d498b261e5fd817e0f13347ed83a2a40752a15a26036abcb38640548c018153c9960af37aa7ce1edf54', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"AXZP-06YS-ANX","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (12, 6, 'email', X'aacc503602a38f59c27237f49beb616978c2ee459ebdb327ebe34d0a44a831278dbddd5848acf8dd71a685403d884ed99dfbbea9f7000a454dbba75957b8447ce5f8450dc6cc4f5e62fe2bb746', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-ABSENCE","code":"HC8H-TA49-PCT","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (13, 7, 'sms', X'605751195698d03023f29337f22040f228cfc213f33a850ae74e2bc5706da203cc2e4c2625cf450c8e768ce8da8659ebca68aa99', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"P6S4-VJZK-1S3"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (14, 7, 'sms', X'866058fcc5e9b95ed6a5db9b3ac4bb6b8b1619953e417b9a049617e20a6c34d600d09cdcb880a0fa863090596eba9c6cec2ef62c', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"P6S4-VJZK-1S3","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (15, 7, 'email', X'c000d1407d07175f93eac5f9e942613e95fc17acf9111f6fe66328043adba4aac91cd7478d5f78a58c5b95092f8b71116d5d1131e05d37d7c4bc2649465b013e3e0a4cdf74e096519353911431', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"P6S4-VJZK-1S3","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (16, 7, 'sms', X'22ed3082eba0ee6856b6b73ff2d332b51353b9fcc6feb72cc894e207eb52492d97b51367d6c76dae3a3ea761ad3d0b057e5750d8', 'mos', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-CANTEEN","code":"P6S4-VJZK-1S3","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (17, 8, 'sms', X'1bde17efc401cfdcff28e19f21ba0426115b0f6390c2f85af302f39e4192a6f0e1174a3297f5ab0fd942af9f95e731212113b70f', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"4EY8-ZR14-WZY"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (18, 8, 'sms', X'f03be15b458ec8db53aa98e8284ee8f740ff0a9897a2b9c69ea0955ed60ec1fa8a406c1b4b05fe24035cf0783b026ffd3b2a5c92', 'dyu', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"4EY8-ZR14-WZY","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (19, 9, 'sms', X'1b1d5efc35a246e388228e04c5a1933c1551ebc39c5ef2f09ba1f6ea1e642ff8f95daf062455da286092b0ac2e62985bc69ebbc9', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"81QJ-AY54-67J"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (20, 11, 'sms', X'ad7185bb9544c1107c5ef57533bfc4d663a06dba0ee2241a06e335964d282529ef2c5466c9567d501e672d358141883cc1ba94ff', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"35YX-XW36-2HG"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (21, 11, 'sms', X'bb408e5a672cd13c7376fe1d8a3cba859db8775cb7568b80075ab0f705a818332063478fe62330bc01398b1844e3079a6f2783ee', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"35YX-XW36-2HG","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (22, 12, 'sms', X'82ad1c921363c99edbf2798cd9e1de320742ec38ca2cd7cf8024ffe1ee3dc2b08fb766a328cfef9e3ca56f80559614aa067ee35d', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"N5A6-AH98-0DB"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (23, 12, 'sms', X'64656a2c636ff112a73a79c9264b658c57dd3f1a4886efebbb9aa3bbd1a052851b8eada985678333119d8288ef3d11a8eeab3c02', 'mos', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"N5A6-AH98-0DB","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (24, 12, 'email', X'83faeee9b2cd42b40e483378834c3aeabe8b077ee2eeaa26c794c6dd9b8267b69175057f885de45a5cf636416c37d7c7aa1f42e5e54a9d65b189a40c0b4d72b212b2e1c45b8ea79bb4441a', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"N5A6-AH98-0DB","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (25, 13, 'sms', X'3fd1def6d3aee08c23252a37694e30cc828e725d001e733a45e03b31ec0f5c68ab323d3c437a0b7066653b51b9e14e89db271175', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"A6WH-9JYT-ZVM"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (26, 13, 'sms', X'151ae63b0e50546cc154c447286445a24a7a452fdbbf9a31a2bae6a6618aead5cfe0cf2ee4068d750e5d41c1931ef163dd72b222', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"A6WH-9JYT-ZVM","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (27, 13, 'email', X'2e3780913f7ebda304660565548fde3e9a5cb83ccaa18dde786688c4454a64a2b429660e279caa83ce2b51730a571c7f2a02e9058f91c878d579d5b72220cb55f4615533d03f576804248a', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"A6WH-9JYT-ZVM","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (28, 14, 'email', X'95312fa686aab7ab5113dceeffcc6f3230238a45b6eab1b9ad27edc3267ebe97bd6a7f0530cb7673678d438f58e8a7af3d5d41120ec44e7d5102fbcc34fe7aede26726d9866dc19366ff48', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-STOCKOUT","code":"HC6D-1868-BY8","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (29, 15, 'sms', X'a7f5c485615470983eb5333b2e9348fa717e425dbba9e5e3998396326fd74068d5cfb1080156613e56ad8b9fc0b872fbcf03da40', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"5KGR-ARFZ-513"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (30, 15, 'sms', X'3e2aeb24e55f0900a219341b2126cea66501fdd1c21ca75c1c8bc655a26c3b87a9c0eb1ae89f217747328769c23efe68aa45eae9', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"5KGR-ARFZ-513","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (31, 15, 'email', X'75a4f74d7ef362cc320451e37dc51bd70af2b7a39500df026678c13e3338dbbc0ee2fb3e18470f60545b03c48e1a5aebb381043b2d91ae6e30418c2b34c0726577ec05361a2ca78835bb8b', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"5KGR-ARFZ-513","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (32, 15, 'sms', X'4ae3f1d21d2b0977462f95ee6d8e21f8fde7c871d17a50be6a0371f6b747288f678e25195a08fe3e17d0cc3a15a3ec4f86d9ced4', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-WAIT","code":"5KGR-ARFZ-513","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (33, 16, 'sms', X'47312e4143c2070125b3ee0706dfcf071d974fa833742162cf07d70340a21f6e0fa5bdaecd55ae8d650583bb315c7e07e27ad809', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"NDD2-SJ8J-JG2"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (34, 16, 'sms', X'e5af2af75ff0e5bedb001c07620b27c95d62e7f9085daab3d65e84159adf16d3cd61be5a6c99cf39114ea77eb973468f8598102f', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"NDD2-SJ8J-JG2","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (35, 16, 'email', X'16a0e45ab4b123f743d92f47a8de90910223a51659059ee1672005dd17cd5bc2262ac9b0adaec9c2a96246a538feb284212ced3a5eb854b70ed82b83cfb107dd355897c00131abb2b2', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"NDD2-SJ8J-JG2","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (36, 16, 'sms', X'5ab81e627e9243d2732ad4a909bf87908ec47dd0367634f83ba965ab6ae28142b2435ddcfb07bd3127cb7721513b69b64486f8d7', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-ABSENCE","code":"NDD2-SJ8J-JG2","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (37, 17, 'sms', X'1d951e541d30c5b0ee965566124417e7f497d954f83c06727cdfca7d2d4b83286caa4ed398704e4c4ee53216d22e17b9ef588e09', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"PSZX-8QNE-1VX"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (38, 17, 'sms', X'f6d62a728a4d98aecea57061d26c26d040cba2540e062e3b74fc7e65b3be45e3d403e935f9bd1bd7589bb1a1e17e6be4488d5120', 'mos', 'rejected', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-FEES","code":"PSZX-8QNE-1VX","message":"","reason":"La plainte ne concerne pas un service public de ce ministère."}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (39, 19, 'sms', X'553acc36f06a1d57535b39eb7d4079e4b995c0c6cfa55b830a34c4251f9ccd6c63b2140bfc083e63778b31a6f2be633b9526c9fb', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"2MT8-AJ3D-3RB"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (40, 20, 'sms', X'eb82d99ad3ff30a9ec4946d96ff46c69980f790f3a90d8fee6d2eed76282f405fc1cd17909a23273084fbe7b8c3f1776a602fd65', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"3ZH9-EC1R-Q1A"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (41, 20, 'sms', X'cffa62d84329b57668e2e74625fbf67b9a4c021c80892350d945361e2dc999175d6dc4ce8fa3d29b0437a57aef0fefa115d43515', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"EDU-EXAMS","code":"3ZH9-EC1R-Q1A","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (42, 21, 'sms', X'63e80e8a8ad9795d5ee888eb8beafece2fc964e9784d1ae81565f4f7397248d154ad1941cb4a0ab4720ac2ec8a33f0bc98299f73', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"PKT3-CDMY-Y1C"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (43, 21, 'sms', X'2f5073136309ba9e740da2c04c1df8b73707a2a9d16131a01c342a325577c62a49f2aebe77117997b5085061c1354f45ec787137', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"PKT3-CDMY-Y1C","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (44, 21, 'email', X'f7094322668a130c947416d54f856ae24a22be706dc092ec63391a08f9fc2aa7de091786ee495b19de57d699e382a9961a544e74002f27486404c111dba98ac41bd669e400b7', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-CAREER","code":"PKT3-CDMY-Y1C","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (45, 22, 'email', X'39a233cec7fb1929d3cad0c98c9906d2ee1815ba273ccbb9630a54822fa9a6de4e59acd123220d6734ec33fe1c4046da595c0c103100fc85d5068cb0d09ce2197cc06aae71c7', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"FP-DOCS","code":"2JZF-WXCB-KWQ","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (46, 23, 'sms', X'adb2e8fe593266319344b2c123d43f51d54c5dd8275a831a0a072359aecc0be5ae78c2cedcdf9966d89de3e621a9ef2ed756719e', 'dyu', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"5EAN-SPGS-GYM"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (47, 23, 'sms', X'1329f4416262cc2a0fab50640a035836157cd3d4c05f82b0d059d170e8d4f53aff1a106245aaeef2d3b252f5bac23605ca0b989f', 'dyu', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"5EAN-SPGS-GYM","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (48, 23, 'email', X'2d52b46c2f326489d99220585524297c18649b5a883387af8744c852885a54ebe1e2cdd6fcef74edab2d8cac99f80e6f69da66513b82a3abd8e09c68b80e9a233dba9aa71aeaac5e43db5e', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"5EAN-SPGS-GYM","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (49, 23, 'sms', X'ea53ea682166e8ac6051b08d1fa447d14f17ac9a0148f5c5b7beb437f6ebb03db3375941309c4565507320d8e0e29f00ce15cf1e', 'dyu', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DELAY","code":"5EAN-SPGS-GYM","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (50, 24, 'sms', X'50c640881fcf9544726d90a03c2bfc7c65bd469bafad897f8235773b56665482447f8da411b2b8fbcff566c0878bd16d7b955335', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"648M-1K8D-D8T"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (51, 24, 'sms', X'5b31ffdef23a63151441ee88025ed86d50dd359d18ae4cacd7ddb9302ad9fc3030199ed2d50d24ad5cd60c38b7608aeea651a866', 'fr', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"648M-1K8D-D8T","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (52, 24, 'email', X'7724c90146cf5b342a1679238e08bbe495426d67d7724735e15c89b34a1cd42816ba8d8666bd299898d5d242ecf37e091a37b8831ffd8404eb413c52fa6fb434cbd4fa425517c50eb1a045', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"648M-1K8D-D8T","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (53, 24, 'sms', X'cddebccc8d39428e0e3bfdc6bdaac6b66d1730caa85b3b1214b5e798b3bcffaa91d919195fbab3831e48bec59e6ef02c7eb57dd9', 'fr', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"JUS-DOCS","code":"648M-1K8D-D8T","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (54, 25, 'sms', X'b40f88dbc8eb78cc962e3e2af2174e7c4afc2e83d1011c4307b84a5192c5df8fe9dbcf892a5bf3270fdc459a7dc94329e2278e17', 'en', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"SEPY-E9AT-G9Q"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (55, 25, 'sms', X'e7aafdb1576b3820a59bf4ce69d44dbf3ab35dfb8a8c0c651150832b06bb575870ae728eb3552b7da158fa7a077f8534ab80def9', 'en', 'accepted', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"SEPY-E9AT-G9Q","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (56, 25, 'email', X'b96ca239d98f0a68ad2fa899c62edf239fe0feaae1a70181cae34b0c2593fef16e1f1c8092027eef7566f7f0a02f0ca20d591a35a41a7546e7a26cacf0d32148122f33a1d9a9e788370e68', 'fr', 'assigned', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"SEPY-E9AT-G9Q","message":"","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (57, 25, 'sms', X'11c0ef06ffc4f6143ccbf7e6e99ad352ada10bb079bc7ede11cd89388ea6012cc259a1bf78c7d28b3a56d26647994b964027c827', 'en', 'answered', '{"acknowledge":"02/12/2026","answer":"09/12/2026","category":"SAN-FEES","code":"SEPY-E9AT-G9Q","message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.","reason":""}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (58, 27, 'sms', X'38c72f66b764475470b4dea5f7cfe580398d4662bbf23e13158512aa6a4b23e222c197b2f96668af0f0b5eba9f05ea510f54228d', 'mos', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"E79T-J0GZ-81V"}', 'pending', 0, '2026-11-29T22:33:19.315889Z', NULL, NULL, NULL, '2026-11-29T22:33:19.315889Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (59, 28, 'sms', X'6b198e69831899928fb7ec1748c45ccc871d2556280d95dac5c9687c301ecf7470d5d2b0a6d9a2a502594b015aac2d0af902c7f8', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"4CT8-SXZN-6JH"}', 'pending', 0, '2026-11-29T22:33:20.918952Z', NULL, NULL, NULL, '2026-11-29T22:33:20.918952Z', NULL);
INSERT INTO "notifications" ("id", "complaint_id", "channel", "recipient", "language", "template", "params", "status", "attempts", "next_attempt_at", "lease_until", "leased_by", "last_error", "created_at", "sent_at") VALUES (60, 29, 'email', X'a98c7a06a9862d5e87f969c3a4a9e8092283df2fec6683cc7c056cc858dcd3be0c54851dee5574a8e3c7373c3d3c1f8e22c1b44d775718', 'fr', 'receipt', '{"acknowledge":"02/12/2026","answer":"09/12/2026","code":"ZBRX-V7Y6-Y15"}', 'pending', 0, '2026-11-29T22:33:20.958162Z', NULL, NULL, NULL, '2026-11-29T22:33:20.958162Z', NULL);
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
INSERT INTO "routing_rules" ("id", "category_code", "department_code", "region_code", "province_code", "commune_code", "unit_code", "created_at") VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-29T22:33:21.020841Z');
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('209ca5ef126f06fe9c54383a4fb8e659bc30113df485d8c1cba76f6ea9f06266', 5, '2026-11-29T22:33:21.706827Z', '2026-11-30T10:33:21.706827Z');
INSERT INTO "staff_sessions" ("token_hash", "user_id", "created_at", "expires_at") VALUES ('99be14f3bf2f7d888c66d9098c3d966263f02f2956864639607a83d2cbf348cc', 1, '2026-11-29T22:33:22.259858Z', '2026-11-30T10:33:22.259858Z');
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
INSERT INTO "guide_versions" ("id", "category_code", "version", "procedure", "templates", "created_by", "created_at") VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-29T22:33:22.33958Z');
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
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"email":"admin@demo.redress.bf","id":1,"name":"Aminata Kaboré","role":"admin","unit":null}', '2026-11-29T22:33:19.315889Z', '2b453d7b307e20e5e42048ab217674e49618817a6556e7530451788ebb89f722');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"email":"auditeur@demo.redress.bf","id":2,"name":"Jean Zongo","role":"auditor","unit":null}', '2026-11-29T22:33:19.315889Z', '4b2f0d7c313a1f7feede49958dbb1ee5581df2b26b4f82fa9473a1c52d2e01cf');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"email":"accueil.sante@demo.redress.bf","id":3,"name":"Fatimata Diallo","role":"intake","unit":"SAN"}', '2026-11-29T22:33:19.315889Z', '820942f529505fd3970677ecbdee32f3d760cba07d2306c3491eebfa7dc5b6ab');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"email":"superviseur.sante@demo.redress.bf","id":4,"name":"Dr Salif Ouédraogo","role":"supervisor","unit":"SAN"}', '2026-11-29T22:33:19.315889Z', '37fde5e078120cd319c0e33a78998ef381c92537715f986b39b019bb39923b96');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"email":"agent.sante.kadiogo@demo.redress.bf","id":5,"name":"Mariam Sawadogo","role":"officer","unit":"SAN-BF13"}', '2026-11-29T22:33:19.315889Z', 'd89a0d9b3c161de9d4f5b274f0a629813300e7c6957d9ded40ef467601ff40f9');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"email":"agent.sante.guiriko@demo.redress.bf","id":6,"name":"Issouf Traoré","role":"officer","unit":"SAN-BF53"}', '2026-11-29T22:33:19.315889Z', '92edd25dbba252499b9a25939ec23d4befb703250c9b6065feb3afb6803f545f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"email":"superviseur.education@demo.redress.bf","id":7,"name":"Paul Compaoré","role":"supervisor","unit":"EDU"}', '2026-11-29T22:33:19.315889Z', '8c32a2561909f2d7366034c299fb6801da08b0e0b6334bcdd89d2f7eb57ba887');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"email":"agent.education.kadiogo@demo.redress.bf","id":8,"name":"Awa Nikiéma","role":"officer","unit":"EDU-BF13"}', '2026-11-29T22:33:19.315889Z', 'c4ac86f27c2f68ec37b1e21e46ed8d57900d1a5eff99185d6e930038562c1fea');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"email":"superviseur.fp@demo.redress.bf","id":9,"name":"Rasmané Ilboudo","role":"supervisor","unit":"FP"}', '2026-11-29T22:33:19.315889Z', 'f6dd00030cb3f4a4d72720539870e876c0baa2e7e78640b6577f58c35c0b176d');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"email":"superviseur.justice@demo.redress.bf","id":10,"name":"Clémentine Somé","role":"supervisor","unit":"JUS"}', '2026-11-29T22:33:19.315889Z', '0becab36f8cf4e24c76aa351ad4e8ac6e5563b509eb37dd79134a92e05646331');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"email":"orientation@demo.redress.bf","id":11,"name":"Boukary Ouattara","role":"intake","unit":"GEN"}', '2026-11-29T22:33:19.315889Z', 'a5e06b507c904897331d1a6a060afdc74c00846a4d7a248686379c4b7d8ec1ba');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (12, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"category_code":"SAN-FEES","commune_code":"BF130004","department_code":null,"id":1,"province_code":null,"region_code":null,"unit_code":"SAN-BF13"}', '2026-11-29T22:33:21.020841Z', '2c7af7f3a756a589b0829e6ffefc5876ec021cc68d8590ce96b3f12001b9bf20');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (13, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en":"Test holiday","name_fr":"Jour férié de test"}', '2026-11-29T22:33:21.054288Z', 'e5c79bd81cabc05b04838c56ff96529d6d0c707929e38ee55705f2fe36cc22d6');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (14, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"department":"SAN","level":"facility","name_en":"Sector 30 medical centre","name_fr":"CMA du secteur 30","parent":"SAN-BF13","region":"BF13"}', '2026-11-29T22:33:21.094815Z', '55e2a1c4967ea66a7e339aa139f073293c624f412314ccc499d0161d1f388d0f');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (15, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure":"Vérifier le reçu; appeler le responsable du centre.","templates":{"fr":{"body":"Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-29T22:33:22.33958Z', 'eff777bc1287f554e7d4404caf1af9b111fc469bd1d28caf17b9e636b6013819');
INSERT INTO "admin_events" ("seq", "actor", "action", "subject", "data", "at", "hash") VALUES (16, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days":3650}', '2026-11-29T22:33:22.399122Z', '68afd46738832ebe7a15b965568f2e42f87033153c8195c6dde8c5e1cb0d1688');
CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "admin_audit_head" ("id", "seq", "hash") VALUES (1, 16, '68afd46738832ebe7a15b965568f2e42f87033153c8195c6dde8c5e1cb0d1688');
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
INSERT INTO "phone_senders" ("sender_key", "language", "stopped", "pending_code", "pending_step", "pending_department", "pending_until", "updated_at") VALUES ('7aca798c66a9dc7515a448903ddb21f319f0bc7f5f91046517d195684640bc4c', NULL, 0, 'EMX8FFWBEWP', 'department', NULL, '2026-11-29T22:43:22.454969Z', '2026-11-29T22:33:22.454969Z');
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
INSERT INTO "inbound_messages" ("id", "channel", "gateway_id", "sender_key", "received_at", "limited", "reply") VALUES (1, 'sms', 'fixture-v19', '7aca798c66a9dc7515a448903ddb21f319f0bc7f5f91046517d195684640bc4c', '2026-11-29T22:33:22.454969Z', 0, X'00708d2fe6ae290011d7d9847a8eeffe843d5aeafa2ac2eddc462556fa90fbdb0647be2bbc68c9d5af36ce59dbdf8b2874f34935ca7b9204dc20e8c334340244d12bc942f284a0e8958f8839df677f54126f3cb501d9af5b8d04d0a73ab9cb5a7df5621ff9599da00b7569367266b1d50e4b82f9ed71ae870571423abc7542ab31fb45b69711d0e946f51f1a9b437a70e27c465340cd90e6a0eed8bca750e7027c7a7264fe6fb5824a719397b29c0a03833fd8ce81211c1ddee6c071f6a78fd90f98');
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "ussd_sessions" ("session_id", "sender_key", "state", "updated_at") VALUES ('fixture-v19', 'e999c5ecdeeaafc544ecc7cc101733ca99fba0dacaf52829fe155994b2479128', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-29T22:33:22.494931Z');
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
INSERT INTO "attachment_blobs" ("storage_key", "sealed") VALUES ('2026/11/f84e36ecce7569ecacfc50616c08fb35.png', X'7b1ba040373ba288a81fa2458538968e4afc8a2068b209a63c4d55dfb19103f02b7091ff7d71be1066b3f3a80b6ac9aecc72b521d3ee72b5ea700785ea61176fa5d43023c180aa2400d014be96fec05e9631fa39e6155b4b5db3e1c0c080deefc6bcfdf7db52af0a9e1441f7e7');
CREATE TABLE retention_rules (
    kind TEXT PRIMARY KEY,
    keep_days INTEGER NOT NULL CHECK (keep_days BETWEEN 1 AND 36500)
);
INSERT INTO "retention_rules" ("kind", "keep_days") VALUES ('suggestion', 3650);
CREATE TABLE key_rotation (
    target INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    cursors TEXT NOT NULL DEFAULT '{}'
);
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
CREATE INDEX complaints_retention ON complaints(kind, status, closed_at) WHERE erased_at IS NULL;
COMMIT;
