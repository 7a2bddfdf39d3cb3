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
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-29 22:11:19', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 2699707);
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (2, 'intake', '2026-11-29 22:11:19', 1, X'00bd74f23a8a05d45ac2a2af1b245d1dd3e3701e917002c8641529f2af44e1bde5320e1374708abd6f1bcf0124b77d58', 1096463);
CREATE TABLE departments (
    code TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('EDU', 'Éducation', 'Education');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('SAN', 'Santé', 'Health');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('FP', 'Fonction publique', 'Civil service');
INSERT INTO "departments" ("code", "name_fr", "name_en") VALUES ('JUS', 'Justice', 'Justice');
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
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('EDU-CP', 'EDU', 'EDU', 'directorate', 'Cellule des plaintes — Éducation', 'Complaints cell — Education', NULL, '/EDU/EDU-CP/');
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
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('FP-CP', 'FP', 'FP', 'directorate', 'Cellule des plaintes — Fonction publique', 'Complaints cell — Civil service', NULL, '/FP/FP-CP/');
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
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('JUS-CP', 'JUS', 'JUS', 'directorate', 'Cellule des plaintes — Justice', 'Complaints cell — Justice', NULL, '/JUS/JUS-CP/');
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
INSERT INTO "units" ("code", "parent_code", "department_code", "level", "name_fr", "name_en", "region_code", "path") VALUES ('SAN-CP', 'SAN', 'SAN', 'directorate', 'Cellule des plaintes — Santé', 'Complaints cell — Health', NULL, '/SAN/SAN-CP/');
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
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'officer', 'intake', 'auditor')),
    unit_code TEXT REFERENCES units(code),
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
);
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$TyWj9lttNXstfe7wIC6MsQ$QDtA7xA3uNEKlLng/IlSRDvTuuc4/Q7ttC265okWRP8', 0, '2026-11-29T22:11:19.65605Z');
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at") VALUES ('cb66e0ccf6a43fc706cacbad9f27921d3e5b4bfc78a4fef40df485a118642571', 1, '2026-11-29T22:11:19.991476Z');
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
);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (1, '6N8TRQ0EE3V', 'f83f2a1bf051891edae8beb53d0a0d39c1c54f988ccecd194060c220936750a4', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'a85fb7eb8701e1af8a1b9f3f0212b11f6074ddbac7551d7e6ed9b90b8e5eebccce2384f3bd3edd630350b08eb5dea3282c699ecd9600b14352de45df6a37702f', 'received', NULL, 0, 0, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (2, 'Z2DT5GW6KS7', 'bd931ae20163e0813dcccd5a6f6dd6bbf21b2d16d84cd561bae51b4db1105add', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (3, '7BWXFSGGDSS', 'f1ab32eab4529d3de1f40e942ff59760d1f391b1ac8a02fc4f4277dcfc6df010', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'd59e57db855430419ff77d8148726cf3f0c72f89f56f00e81ca9589d1e6adf80f0b01d4c9019de38f7c72f9896c06b725ea03b860e22268af1b837aec2ef772f', 'assigned', 5, 0, 2, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (4, '6FVMASGZPHK', 'e653ba5a825b205a22ef7029c0ebc5b4daac6faf9ddaefb4080ea1abe07ee44c', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'96bf34e871d8e1a2cc9ddf78cd6796fc583df6cb78de4c287c36936b822edf4ddb5c26aa4e23186acc72a3d69120c553b625bc70d2cadbeb071920a8aef1da4a', 'in_progress', 4, 0, 3, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (5, '6BNZ48AVMQR', 'f963c08e187b70876f489837bb9d591788cd0f6e88475ac35a639e00c6de1c74', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'5bb22d85ce670ccb1c51af73f6b36543d08e4258d927a56081017b168aaefac832c9cf4af41f3f1ac69097f16a279bc5b4a1b4c171b5f87633384a81fc493cbe', 'answered', 8, 0, 4, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (6, '5RBRT37QPCA', '8347c2a74e337acd8f7d0108ede3944dd79e8c5a731ff7428909ef491ffec3c6', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (7, 'TFZ6DC42Z57', 'ae296f8ba822948bf6e5c8d9e2a76ed2cd26ef247f5f4206bacb6d773ed05c93', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'33c48fc56fdc0898642e30f6c8b54f37ea7afa270eb49606b2e1f8004f3c40505306c70fd504da454a9a2ea2f51ae5981340d3b0ce1c33ea522c334b679338ef', 'closed', 7, 0, 5, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (8, 'N8ACGRMTPHP', '308e88b752dc4e2af2bca9b2fb64f1894946deec9467ae2cc5d183fd8f2425ee', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'1ac263b842fb7c14406b5e93734e1f937ba97b28a7ec012899980c1c3dc5890b82e9f6da2189ea898b82c829477994c0719ce527f178aa103f79b03def5fb1a3', 'rejected', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (9, 'WHAPA2ZJ04G', 'bcdcc5c55e19630950ad102293e7f7825153f808fe9e4b5de8efc58cf5f87f41', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'28308a3affaca911e16b5084b8b0a1c55b0e665bd28708a5e2b02fccd8d5d9e5af29f6829a37141c97c096b305e186663dd336a6788ca42e0dd07f920d3dceb4', 'withdrawn', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (10, 'BEA42H38QA4', 'c5a5ce549df8a87e1ea8864db617997d7a7e772d874febf12de5082d371cdc99', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (11, 'DPG11893VR8', 'fba559b7df0c49c43102811e6ccf6514f968de3350bf2911080a2b37a59a7b3e', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'55cec126fe9c233fee0c491ae404e1b10e07fca5d90b139cc0fac81004b05902df35f615e6c2497326419f9f3001df9516bf99b432eccd53e3ae32f841f8c14a', 'accepted', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (12, '19S5XXNZJEG', 'df08c63866355c81bb03b4c93951a666703bb9823d4fdcdc46d1023e975f7771', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'd1e147a71a866625d70a0854ca6819e8c885bf6f2308695e3e070103bbf058f13c72772852e9f2fb5da2bb6d7fc8ee92bf18c6f05a513377afb8e299c2e27be4', 'assigned', 10, 0, 2, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (13, 'HE4DFA2BK07', '6116b675c0139f47716d70f14823f16c4925549452d9cdebe4a44cbf5fcf310f', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'c3a5e63e3716d0af6ee485bfdc50747ad70bae83023c5dd171228bd9559abafe0760a1a459ab7a275b0b64b4c20a3cc114d0373b1317c965aad7ccabcbd006d0', 'in_progress', 5, 0, 3, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (14, 'WQ4TPR4DBN1', '531983fa7d1fdf0f030a4e5c068c10eb28284bad507cb8b49e7a8873db1429bc', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (15, 'DTBZPW6CYAN', 'eba220fa698bcb0b5a8e917389e3943c05088044efe71de4a63b2fd3131d8e5e', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'fe9ab1b4144a321d06109c4b93a0bb6bfbacd48d1d692c83f85d7709aa25f8ce19808cf791b9d96a3d5368823e274dc556e3c067619e127ec818c3854dacabb2', 'appealed', 5, 0, 5, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (16, 'JQQN68EYK25', 'bc9b9223b8b6b5ff5f260ee346f91a04b1ffbd0a834b42b4a97554129adb155c', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'07a0208857968ea62c4d2026eaacb3c6f6fbc34741b3614bdd14035e35d110f4f069d3585949e55136f6660c4b0f1df40340d595d846d05e7c5f6ccd9a2fefbd', 'closed', 4, 0, 5, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (17, 'TVSWBP3CQDS', 'e29950cf8d5e0a51a79ea082a5302ef8f4856144006f0c8d19ce2b8a2e30303d', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'c952f55b961480f0ece5e2b37d5af0706ebe7be3dcc84fafc6d8e7dcce2fa13be3886f34912c50e38a5f7df3c05878694268290a0b05a9119ab63b9625f877b8', 'rejected', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (18, 'N0Z4Q9YSVHC', '9aac002fc6ef4f649b75cc8bee292fefacf7644a7476d15617a45010e5e44376', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (19, 'YNGQS16PP4C', '95444adc95189c3a81ef6d60116f89d386b01af96eb5b78036f4b16e1d15efe5', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'8d2eecbb893689297da590436509b58ca12a95111ccda067ce963bfcd00bf9535fd74c9fc4be40fbbf0feecd6d375d71b748d983565af5fe2a05295202814a40', 'received', NULL, 0, 0, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (20, '4KFTS33JZVM', 'ca30037ce01985ebdaf865822140642df2a04c1b25b8d31e1cde9cae08c311bd', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'3594c01e1b74d8ab70731015ed48e04dc18d455913593bfdbb619fc6c234dec6cf032f570e43ec54850e8134919bfe73225d4d9de2d87d0bae6a54cbf4d0084a', 'accepted', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (21, 'J5E1SKCDA6R', '4b0d09cb53b2eb62258591ad6ab0d0ddde67fbd06c8bae2294b506d3c5f78260', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'f1bd4c79f2ba41a16ae364b12ae40fe08c9fa0f35f499476e3a6519aac923048dce63a0ea9266e0d8db204a9a5ae5c5a5597649b07eba58a808e7859c19940be', 'assigned', 9, 0, 2, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (22, '5Q9S3ZFDJDS', '7aefe45bbcc631a82094522c8f42126ba4954b2e78a0e743e0b50efba7ed9351', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (23, 'VSGY73CXC8N', 'a6c7b8925c73932379d2004b319c8d9a8fa5a8877b67112ba76ef31484332758', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'05ed530f5e53579437876eaa2ba75570527701798542975a2936627a21af7de36fb8f3008979d2d3c4eab2e6d1f1df03237f98f096406e40237f0c3e07a7c654', 'answered', 10, 0, 4, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (24, 'BN7ECE7DP6W', '2a36739fb004efa8055099686f46b3d05d835658b88c666061f78c0bb5a74533', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'013055a71c2f2717a1d42915c63fb40aa285dd49189fddf5fae846ac88f6d396b466fd903c1e9818081869e3c67fd74e2652dd70164bfee9210b7ae0aa88cdfb', 'appealed', 10, 0, 5, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (25, '3TWW29PD3SS', '06c3c3e8520ddf79a2c6d83b94b1f40efabc3543d3e44fab402d9b39b10787af', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'1ad978abf1c50b80a261c5a93ff43bbab09761cfe8907dc60a709021cb92860f81c0c197bf2437aab650b7b3ccef31c8cc39b35c6645db1123011ccaf4735fde', 'closed', 5, 0, 5, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (26, 'PQS5ZTCNGKP', '0c1e701fa79a55d245b0387d6cd85412b0cce0c8685a37dd7e502533a9f05cbd', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', '2026-11-29T22:11:19.65605Z', NULL, '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (27, '8XZAQX7M0H5', 'ca9806904ed864b73ac6421cbddd2fecb78eb3e121bd1a957dab4348cc54f9e5', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'2c698ee31ca7c690870b8b2992be2b1f230c4c7b13410d85aa6556d551a12317661367d5c12c5cf58bb449c42205db8122a5ed0170aa49da3eb8440938fe5e2b', 'withdrawn', NULL, 0, 1, '2026-11-29T22:11:19.65605Z', '2026-11-29T22:11:19.65605Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:11:19.65605Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (28, '0JHVBCBEJEV', 'c17030168771ce8f3ed4f36f1cf765f26757abb41b907e2aaf5fe566238b6784', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', 0, X'c1ec1f62c1cb88fcce0d8bd5255515d8e1241afb63bdd103c7172cc7b4214243866c7dcfd22c3f0ed1365d4e87bc1c95cb60325f8bf47373ad83856d74a64feee3424c546170379e8d63492bdb565b6c007c2a0b51eb25cc', 'received', NULL, 0, 0, '2026-11-29T22:11:20.432124Z', '2026-11-29T22:11:20.432124Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (29, '7T5DBH00Y1Q', 'f8e4e4c994696b6ffd07749cb16654d1fe8b5d6a3d6b0c0a7a6ed5e1e9b5aa59', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'89ef017a3d6db65a5da9fea898630f2f4809a86c29265a7361e559c65c8173a02b7da903a75f1a6211ed4d588b6a0e33c45146371edddfa4220e9ffda2a806cc83e6a9aa0e20595c406fcbbd5d911b59a17150dee2d7181ee9', 'received', NULL, 0, 1, '2026-11-29T22:11:20.455548Z', '2026-11-29T22:11:20.477506Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:11:19.65605Z', '886f8b634d6fd4b1978fb08dcf1043ecf3fde82e3c25214f18bf2d7efac9cb13');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:11:19.65605Z', '872afac7bc373119fe8eab55ff285dc8d59f2aff8d8485dff8274b65a784e9a3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '989a16562a65cf16e6a663206ed7b45d05f19febe27f6b74b1b87e3ee7ed4f51');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:11:19.65605Z', '4ba83199dccf9b4d6d8818178d16697718a039d8c9f297eb4550a7b35e5071a6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '1b9363e9d750224eba8dccd348d7372768bc3b51209ca137d5d8e05193ee431f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '1b44fb228c4944e13a986a230ededc5bb61eec57a5b4afdc8f3afc9da8803b6b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-29T22:11:19.65605Z', '24c14c97c2697cca12e60848dc57b7759f032750d7844e4e6b8e8cb28587282f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', 'b9115b63a976e955b55d1ae3d3aec396da9a0edaeaa2b31273124001e8c6abb0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '452bb84756e4bd8b3f9e235b009b6cc8e368705a8652944dc939d35f18b07082');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '97acb1b3d49e4f29e9a90aeeaf6ab9129beced010a9e2f15cd230d665fad1c0e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:11:19.65605Z', '906dda69440675c4f53346839de704bf2b1c9aacb9f0798d09b36a449fe0cb25');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '496d69864230ab6e7c4ae03789e0f72472667f7ddf0a9c093fa6acc756968343');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '721b298c127c39c0b3bac6d4dad312042ab153eb940ae326387ab8edc381f220');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '9f903bd0accb67f1e5bdeb2a356e529b4a873687da40a022ed6ba981db408d9d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', 'ab5cf5c443c1cfe3920eae087ab1447ecedeabb8bb6fea0fc39e3d5f896c11e2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-29T22:11:19.65605Z', '38c215bb1fc3dd746baaa92f1b3d8d06ef17a6d7c08064c96bdce2ee56f0e59b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '2f4023d30cdbf9529ea67e844eb8f0a1cce7313fae4b3e5f450a6eda1ebb3151');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', 'a784986529d1eb3147db3df4e1304463468098829c429bad0ad500c3f13e40ad');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '215e10de068c72341c3c2b967a6085d3785c45eea2411e5050bdc3cac3e50762');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', '00c45f9d5d8d7087fdbc95a90c087ab10757f2ff3ebee3d11a7839babc572798');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:11:19.65605Z', '35a683dfd239185f32c5780585d07aa5c60dd6144d68dd2c5c392d25515c5f9c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:11:19.65605Z', 'cd4d0c75d8eb2e972c48464a798799c2fd5f598217a9fa2813a28c0ea22a2808');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '38e17e2c9f20c78b3b1e3f78f3b921dcdc547c2cfd2425f4ce7868ed2c1d5444');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '4ea9ebe924d6e7c8519f523df1ab39b3b90893be19d5725e213c9a75090bc0cf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '556b42689f228e0a504bb047c9b86a19a95311dc712fd43bc833ae9847dff8b2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', '4ce70b1c6edfaf649ec4cef41eda119e8b3881884bd255adf73873ad72856856');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-29T22:11:19.65605Z', 'fa6224d7230d0419ad35f2b2fd31358e957b6a3cb7592777098ce9574878bffe');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:11:19.65605Z', 'a05de94fb42ff70fc35725f44b97667100b2b2ab85b00e6a6e0026ea5557b4c5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:11:19.65605Z', '5e968efbd73e5d4ecbe25fe99aa22a1bca687c842d7d81c6bd4caae3fd16f114');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:11:19.65605Z', '00c2f261854070e7ba8e32c86a9ece8fc84edaf507b946aa4ec5b8e602c728f3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:11:19.65605Z', '77f608866190f6ce5a05156b5191b9f3dc7d9ab714992c7f9b93ad72f6714f2a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:11:19.65605Z', '4b0f0b52182b3588d6a33cc967e668f9fdbbc0c290b006b13c28b4fd61e6394f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-29T22:11:19.65605Z', '87f1499e9d96b6a7963803aa08a4037c91fa26999255ffb1b4caf75f1b72bbe1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '0a6f5331f59c4f8541f83e44c538e5acb3bf6c4834f917e181b3f4dc629941c1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:11:19.65605Z', '6bae5098f9bec18c26a99234ccfc4c301938063216fcec90a625e2d70f519cd5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '7585c5bcabc08244a9d813585fe1de70cfdf7bdf9bff2eea6398a27bf48b6af8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '0499eeaf8d3766146dea155c1c641e9050a3a3f0d0c58c26762508b0fa57e6b8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:11:19.65605Z', 'e0851ef6a5e7be31fca184899b91eaea5c385bb598b99fd043988a85dfe65f90');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', 'adb76ed43b84d2e3c95e846a703b25c5357f3e45ab5e947684c832d99761a2a3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', 'adf47f20cc6a9e16e21b16df5624f5ab47cc8d6849b1c6bfdd5da0182e6a2abb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '1203ff27a628525f1bb1b7ef675622beaa307bd29d5163c952db08c0b60e407c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:11:19.65605Z', '916959aff3c32cf44f1ac430b9b0191b451e27a1c03ddb89b956344b18847a1c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '125e5070041d27161a89911fd047cf2762eaa94624fbb99c61fd652d1770b31d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', 'd04756dc05f0290d8d4b29308a7feb5f73ca3c57e00d4d94541cd3f3e0a5151a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '0d36d9507837c1bb500e822359e5f55e8fbdc8aea6f87b1d023e904b3eee467b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', 'e14415d5cdfbffd294cbce5ec69b1c6854b743a0a668cc723cf6a729474e6c87');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:11:19.65605Z', '9255ca8db8a64f65e09fdf5e3cd2c2c6efe33638b196a485e6081d53e951576b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', 'a186adb79f859a184802431068a51ae82bb2c6bb1cded8a981b6a50affe9786f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', 'c9b0866e84fe4b226f3b05852cc4702cfaeca1ee22573a83e48308e0dc3ffbdc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', 'e2a6eb262af5f4672cec961ae249acb8fe7a287921c556835aeb848216f6ffcb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', '21c1a26c214a6029f8eb33b354271fc6f1d76cac97eaf04097d92eb2b6c43e48');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:11:19.65605Z', 'd4d7ab89b6ab8630882c2c91df6aed5e6aec7fa3f36a938c30819b916516c284');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-29T22:11:19.65605Z', '6b17badb87d5bc21961749e436c009bb68c96c4d17b8a89d80ba8d7a3e2f2382');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '7420b89c60251e6ba415cc1c35ccdfe8de3ae8f514f20d582b494bdd32ba6949');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '058a0a69406c99a201d028441dbc0ed4fb93addec247df539c5f5676a2a4d7dc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', 'febd57f6aa11bc3cb5a82147c8d2bc4d1f9fa4f90af496a12de7e4e70f0762f6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', 'b8e0ef8860bb1a66b01ebf87ea7b0c6a78203a81c9787cbee100d83482934e68');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-29T22:11:19.65605Z', '2016a1e66eff188636b91f24db61df3df2581affab91720badb3974e217003f8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:11:19.65605Z', '338f55a31ec63ca889fef2d85201d4a689834382d1615ea80acea48a2f6bf1fc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:11:19.65605Z', '487b3c0e348b050b5ec0b37fce6eb00a35767548f45c101884e255f8c5ea442b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-29T22:11:19.65605Z', '71f0063e2db122470e83f8d9c3eee16060e9014b83fb3d620a33c346cdd53bbc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:11:19.65605Z', '5422c69697dd0ecf27162bfca448c8fa3a23169585e43df7c3cb70ede8b3f0fd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:11:19.65605Z', '3b13daf88169bdc80d7d4022d05ffaa43f1949e26dcdf2a4873f1484e1bd7a4d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:11:19.65605Z', '2f38e0eddc4f7f25c611bcd0d45d252ddf14228490ff0f139647edae38c5480b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '59f74e673da00530385e6ab2a3614b15605e3a67e1cf50339ea27edd3dd017cc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:11:19.65605Z', '2cf33523ca8c007136e8154e621bcf3214b6d2c67cb1feb03509540e40b47cc8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '7e446f81b0e179b6b6c0df4b38d3b0dfd8e1563a075d67f741f37816e100802a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', 'd0cf7cea56a7bb2fafff158e19f26dda476c4c250e29589a687642372f403b89');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:11:19.65605Z', '1bd5a28c03355cedbb109b18ba5db5517dcbd41f2062a782492241fb93ce49c3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', 'c227cd23b5899d4da59750e99933442655690907c4bd51fe4a327d4afcb01733');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '2ff270443368966f2a792ef1d2ddca55a3df0f1d86aba13463f22aea95eb8b9b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '590d714b0c16d5669ba4b7f4003b8d7b0cb1da791af9563011d6d0df18e47318');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-29T22:11:19.65605Z', '471e95191d1118aefed933d19717a9b31aed975ae568f2bd263eb65213729464');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '41353ce676c8441e010872baf7dc56a484bae64070a375306cb172e58dbad65b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '6ade358d78c4f665b8d189ff9f22e80440171f8b5fc4ae4e7a7ad83deddc048d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '875984995c30191ed0499cb2f153bd51f99a986fa0a16630d9513c50c5e5d735');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', 'c70fd93b1951d87671ab7bc3f467c58ae30e20b3f6a6f4f327ed4783a189f6bf');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:11:19.65605Z', '7c1aba81375219b4e0e7a0776b685f8a06ed23940a5df0efae630a1ce8c3e4a2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', 'a913d11307f56c0a560379b4c596da9983194e546c554f4fc0516918c4699c2d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '7752e5d3712bcfb5591005873a69f9e0f8dbbc8863c7befee7381d828a235f0b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '15c2431c3da19535c2ba393ef050f4678f6764d85828041818080e852d6f255f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', '8aff6bd0401488656eb105536b16e32a03fab4fa59e3a86a8594c28b8d57da9a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:11:19.65605Z', '9d73d49d485b0bd56935261845c253f66c6f4dd9d18fce4f046862bd3ba754f0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-29T22:11:19.65605Z', '74d983f82bc386922bfe336b174323b6afb8b1f6f0577a9c46e5cefd97a705bc');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-29T22:11:19.65605Z', '0f7eb0893c04e8f8251ee7fad101f26fc9fd5564a634d1a2774b5d25dd4a5fd7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:11:19.65605Z', '9c8e3d666862d6fd7395b56498cc0de9c337127a7048f163f8e847224934d486');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-29T22:11:19.65605Z', '4411d66ed773459727283dd44900fe176a9bf67d62e8fc5bb2ada25911dbbd0b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:11:19.65605Z', 'c5189d283be1c3f63401446db03fa56bd6294a89b253ae7ded0fa7211c6afa4c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-29T22:11:19.65605Z', '6aa97b0e1b9a1ea5845ebb8a28887a04a87e4b6b66e5a392c057a0c14030d621');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:11:19.65605Z', 'b5129e321f7e0ab0f1cbe74f998b1bee0bbefa7e1d9b448bcd39e6f8dc5ca578');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:11:19.65605Z', '4c4685b08b7d460027d3bceadf62157323b6b897069d17706bc52208c65bba5f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:11:19.65605Z', 'f973faccef4a18cd81788e8a6f1275b1be1e961e558b64ccde06d6a0a901a7b0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:11:19.65605Z', 'ec95e262078903dcafafb720f879541b4d49170dc71330af589a2726d1b946da');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":1,"category":"SAN-FEES","channel":"web","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:11:20.432124Z', '1c19e415a812f2523847a6af1d88dc31ba24665f3e210477e9532e182fc3ae7d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 29, 'staff:1', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","attachments":0,"category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:11:20.455548Z', '27d7fcdebe8733ef084fd850c2ceee46c36e3d9eb6a9ba9d981fe8dbf1869ee0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (96, 29, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-29T22:11:20.477506Z', '6876f2cc1e28406a901fba57bbefe8a1e150293e8de688ddac7cd85a96c3419e');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 96, '6876f2cc1e28406a901fba57bbefe8a1e150293e8de688ddac7cd85a96c3419e');
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
INSERT INTO "attachments" ("id", "complaint_id", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "created_at") VALUES (1, 28, 'receipt.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/6da85ce601fb6ca126e1781d4f6e0ef2.png', '2026-11-29T22:11:20.432124Z');
CREATE TABLE intake_receipts (
    key TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    -- the follow-up secret, sealed like personal data, to show the receipt again
    sealed_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('web:da4e173438d74098781f82892e491224', 28, X'7e50b7c82aa5a2e558db7a5d152063fa469c490d6ae4aa1053b09d4292878cca6b422460c3e1624cea718ea03b4d38f1', '2026-11-29T22:11:20.432124Z');
INSERT INTO "intake_receipts" ("key", "complaint_id", "sealed_secret", "created_at") VALUES ('api:staff1:fixture-v02-1', 29, X'99f98c897c69ecf8bb8b6731d5d9b8ce9ba8b34396277a3e0f12b319050252f0000925cda10e74d378595873b9fd5143', '2026-11-29T22:11:20.455548Z');
CREATE INDEX communes_province ON communes(province_code);
CREATE INDEX complaints_unit_status ON complaints(unit_code, status, id);
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
COMMIT;
