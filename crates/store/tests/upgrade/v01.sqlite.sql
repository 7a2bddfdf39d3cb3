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
INSERT INTO "_sqlx_migrations" ("version", "description", "installed_on", "success", "checksum", "execution_time") VALUES (1, 'core', '2026-11-29 22:08:55', 1, X'858bb75567cb93a3a6121b9fbf705b9a2ff571a22e92e783d718f7e7bbe40e1fe953fdf710a6073233387d3bcf89842b', 7553745);
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
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
INSERT INTO "users" ("id", "email", "name", "role", "unit_code", "password_hash", "disabled", "created_at") VALUES (10, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$ld/IutIAtslIVLVS1iwcAQ$Q907PYaaInEpjXVH/yNiKtdor+Lf9Z4pYRxWiXD8m24', 0, '2026-11-29T22:08:55.651757Z');
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
INSERT INTO "api_tokens" ("token_hash", "user_id", "created_at") VALUES ('a7cadeec0893e88884c327d233120f402ea54d587d2f1fbdc8b24f98f5c48160', 1, '2026-11-29T22:08:56.127649Z');
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
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (1, '5QTFXX9X3T0', '3630ba98d31f66a5131f013faec15884a5b5d0a74d03eb84a3e1b042b1dbefdf', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'e370df4f38e28b58fff924e6d1921926e7d6e67f394b1b86fef9a5786a656f5c0d8ee133b65b4098c03e6cff25d3e057df5d164adcbe406628b1162095d35fc6', 'received', NULL, 0, 0, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (2, 'HJEGS3HKE5C', 'f825432cb7af17e734691293a96d51c2a2572b8a82bf229064ca794e9f57dcf4', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'accepted', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (3, '5AZQD9YCR52', '7ac4065eeda077bedda5ce2019bfacd521ad5e1072f9f92106ebf03956afcaeb', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'1222edcbdfe61b5f2480e2da05f416a6327b349f2228d8aa6bd2d70fd911a4a8fbdf67bee283b4519af531235fcc6bc68e4bd3331c860c6b7bd40ec35dd6ce2f', 'assigned', 5, 0, 2, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (4, 'KR54015AXYT', 'bf6b72c7db23fdac35db3ea0fb887f4b5920389bcac099c47f480b534e655184', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'7577a92fc9e84bc6edbb92a5209c94bbce1fcf68b0e0f97f5abaa7f6654e6770ada31eb91e1a789dfb5e5d6384e37ce4d7eb0cb90a7378545d0f221d05eda72f', 'in_progress', 4, 0, 3, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (5, 'C327JC63Z6X', 'c6e7d7cd8258d5ebcf765b9a4e1f2172b570eaf95727a30cd0dbcc946bfbb77b', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'a7ad40bb81bd3577e6ab8081b0e6db7345321bb60abf56956c50f8240fb17cc3907fb6318711809eabb76351e5a4f2b20a042d03e130d07a063228a4c7a1b9f7', 'answered', 8, 0, 4, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (6, 'CP3YJ3V658K', '1030d7e3e0d0cc5568d4c31c2985cc70ae325b57b18398a6365b55524d9f5e3e', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'appealed', 7, 0, 5, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (7, 'SRKBAXCBNCS', '9cebd90a02136c62dcad55e4d58f08549eddf974bc0c241d71746ee01cc829a6', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'44547c94bddd78a9c3e7f2fafa622bd9d4da504d705e3676a2ef43c08ff2c0a1f7ea1e902cc9d58c8932b45357b3cf311960d6fa068045a356141adaa5f3f0eb', 'closed', 7, 0, 5, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (8, 'VGDRBNKPM5J', '2eb40d93ba4bc7e710abd0c104376407d83852101bb72ae6e20f780cffc8a4c7', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'd6abb1cc8d0fbf8a984b5409af62e4bbbd4bfdc6cfe258376540a5c012bda714e7a3745a48aba89984db12b7f37db516c0299422a5cb629e48316f844e2a4b33', 'rejected', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (9, '58TB4QEA7RE', '5c292b8df1a0468612d4c8021d093ab79517f7b28640e1601059c25cdbc6f3e3', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'96ed1cd88e77fa252335efaf2cafb2acd037c9420879e458d54d2bab90f95a1b6f93ed3bef5ea8b66a5c991eb54c00e53eafdd96f6d9881a6f78723b8db6230e', 'withdrawn', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (10, 'N0ZT8WW1DXG', 'be0398124c4f2c7d855cce43872407b8908895f92927aec0c4d221f0d9f10907', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'received', NULL, 0, 0, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (11, 'JRWHM9N80MA', '4193d277248feb06eeda05438d5ed96c26c0e56b7124eb24d8d0ef5ce3a04a93', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'2b8fec23908a01fea32abfbcacf2927f30aa8c46ff9864b34b50c21691295c8be7957ee5079a3a0b5d467c660caa99560b38d6a3a84b3ffa764f4eab039e98f4', 'accepted', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (12, 'DVHADTVDRTK', '836084fa526d5860a7b37d06b79bb1d93b1bcdfc606467c6ab2e8f0ca2fe2f0c', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'c8412eb280a3325147f2213a62d6108be21a0f3313dbd2c32b69deffe660a294e9305ea26f895a237fd31f78d1c9a650868c5008b2810180833180fc40adf9f2', 'assigned', 10, 0, 2, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (13, '91J0CGNZVZ8', '004dfebeafd0a8adca24ee23db88faf9667d5679da4f2558d848282f484ccaab', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'3dc7ff9f763a0fbeb7aa8f21ab06cddfd9eb1e3dc769222aa4dc274379492e187f367164b0310e7fb7372acb42f3e209a25c9879fe520167d59b8a6b8c8aa664', 'in_progress', 5, 0, 3, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (14, 'RSKTNCM27C9', 'a61dec535f0325c293d9095ad49e73dc837c03f5c3f1fd4e1171b95defed3d58', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'answered', 6, 0, 4, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (15, '13RBFF9ERC9', 'f3c8bea15f6b68b2b85ed09b88b1ca3315f303ffbfbaa78f66a186d3ab42ddfc', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'c79ca953f6b93e2aae68c357192bda6727b0c830c487b7585040fbdaa12a4a5b2907c4a1e0d799804d13c88bd1b77826e13374ff7dcbb590b90576407efac3ea', 'appealed', 5, 0, 5, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (16, 'W594KWZNMHW', 'bc9d53f42979ca86b6923658dbc2d6388f0921ac7fb03fcacef057a01762f9d9', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', 0, X'81509cf6c82cbf2be2d48c87682b5de890420959bf26f4d30ae2d5f36790f0499391f8a20e7d233ea68a1833692a24122599c70d80f318d2206cef8ed03d4f10', 'closed', 4, 0, 5, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (17, '6ZB0X65QMC7', 'bae6507882febb3413cd0fd7c9da218e736fa3ddeb748dd6e0aef721c58f52d9', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', 0, X'f16f9acb398f98516ce8d9e9b6ed653c41a1a594e976480a8180ffe93a97c95fc702ebf6fec0d94d390be80023f31bf33e05a822f584ae53443b7d40545a8a8f', 'rejected', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (18, '1W703M0TQ07', '6c18f96236ad867fa76868ed5efdfc1d11366757d2e7c10497672cd1e69f9f49', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', 1, NULL, 'withdrawn', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (19, 'BWNW09MYMT2', '80201d73554dfda16612cabe17cb7b76a297cabd19f122e3aae39b8e2de1ef2c', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', 0, X'4d0f7c5a071078714f66fd34e3ec4022db30a7e9bd98edcc3c3f23f6727df0a70a40814f65e76b517e76a0ee9a7bdf2c40d802ac4db4cc5d5979f63d5a85d55a', 'received', NULL, 0, 0, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (20, 'GF50830BV1C', '1faab542c8ebb7b3da82f3a90e07198ebf2faf47dea0409e6b312578a44be3da', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', 0, X'a36ac34217f03d62c90e62a92656f18cd74fc3c1d3a8cef049b00680ad31ad941f203df8c81d3e507af7be5a7344c1c91f7132ccb2aa6ced54f3d61fabd00c73', 'accepted', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (21, '7DV0X17FHAV', '8fc2e46203026ba3342cd6b81dafa7e16f1c86c5754b69aff38a01c841b2bd5d', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', 0, X'e3802eada5d3a5593e987b0661e78897cfdfbd59277c24b551fa1d08859b317012469b84658ab75ec3321cf9234390dbd4ea073da0a237b17ea06ca16f023439', 'assigned', 9, 0, 2, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (22, '0DWY1MRR44E', '6bc567566a149cb795350423e54369f0ab9d9611004a97b09b08d565d7e0edb3', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', 1, NULL, 'in_progress', 9, 0, 3, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (23, 'A5SE8TG2SHA', '39d00a917d9b7cfcfd4abeaeeb00567f0a2603fe07f9ed573a8d432eed639fe8', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', 0, X'68a288b1b7f5d6da8f165ef47e0e2efbeb4cedca3a24d22b5b09eb6b0a9f064092bcf65052bdcbca5dad9aea4cc724b504e7e1ba7f327ee13e75ce3ef703333c', 'answered', 10, 0, 4, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (24, 'ZVKNEA67QGY', '7d16e48b035aa3e3a248c4566e01f4bf560f9813a79fa5b0852dee580ff6aff7', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', 0, X'ad79ed4020d70f5d944c221b42cbecd3bc37c809ad3be6fb6f725a4c838ab355bd8a5a83fa557829338b4efb7ff3d8a2abfd853335bd73e01f954bc6bee77498', 'appealed', 10, 0, 5, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', NULL);
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (25, 'NGHJBE0DXJH', 'd23768b95c2237015c639ad8a317aedabd8a9d407eaa24798521f73eda3992f7', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', 0, X'278178b4f5f1845335402f2b2fdd7ce9e67d27a86471173d28428cf37982fac192b20438d900e328b1a87e605f90dbca8d7076771c5505c7757dda84f9063cf3', 'closed', 5, 0, 5, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (26, '8ABRAF5MGPN', 'a6af7e6460f5bb4a9afd8b5c60d4bb33d408e00686082f83ec6cdb102640854e', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', 1, NULL, 'rejected', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', '2026-11-29T22:08:55.651757Z', NULL, '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (27, 'GRYGNSFNNXE', '399e5892a10224aa00bce9b638b8bafccdfe875bf9f80200d7855f7872fad090', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', 0, X'5f19d18f08f7f8296b96fe81e1baf1c0845a853398d09b8efdd679e58d9ed1b686dcad80841e1e758f982fe6d95930fbe24aa4554f276346447b86eb7aa38f42', 'withdrawn', NULL, 0, 1, '2026-11-29T22:08:55.651757Z', '2026-11-29T22:08:55.651757Z', '2026-12-02', '2026-12-09', NULL, NULL, '2026-11-29T22:08:55.651757Z');
INSERT INTO "complaints" ("id", "tracking_code", "secret_hash", "kind", "channel", "language", "category_code", "unit_code", "commune_code", "address", "lat", "long", "description", "anonymous", "complainant", "status", "assignee_id", "escalation_level", "version", "received_at", "updated_at", "acknowledge_by", "answer_by", "acknowledged_at", "answered_at", "closed_at") VALUES (28, 'WADHZJKP22P', '2abf358d030ae84f7e024a401059a3845e28ba6feb44b1a4b92c84cafdb90163', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', 0, X'2023a402c231fcc0510d527b01de30c863a7240861f58a1dc8abc224a1a18a45ac9c67e3ca80b65fdeab3575f777403733b31b7d51c4e074cbc9883466784c0c3a022d3fd220580a4db31fb488bf8022b291b23967c7fc488c', 'received', NULL, 0, 1, '2026-11-29T22:08:56.69556Z', '2026-11-29T22:08:56.730381Z', '2026-12-02', '2026-12-09', NULL, NULL, NULL);
CREATE TABLE complaint_events (
    seq INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (1, 1, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:08:55.651757Z', '7d8c428ddf2b32e3dc6921a3fd6ef14685e6ab6d659ff70c84fd16855cc3c58b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (2, 2, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:08:55.651757Z', '1be21def6527d684c1241e36d9ac92468f7553fd5c4a4e131e228e7c202919a3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', 'f5d24f00f9cf8b70a20e06b0a020f2069a193f5760ad9c6b0193197a3c0f773a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (4, 3, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:08:55.651757Z', '5692cc5ca6ff42bad1b23c69b1f8f0d437f0041445cdae7509d15e957bcbd325');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', 'b8103e157b7bc93078838e1ffdf586cdb4ebd3543dff9c04dfecbe573769b7d8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (6, 3, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', '6d9ceedfb604cab55025616a8e7944802f413bdc328557274c0488c1383cfb58');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (7, 4, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-ABSENCE","channel":"api","kind":"denunciation","unit":"SAN-BF49"}', '2026-11-29T22:08:55.651757Z', '3dcd20ad8e01d8dbdc6526daceecb18ff9b2e4832c7bf558fd4f7a337f75c360');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', 'ba72805774997ab2cde7a3271552946557af5daa09e1b230cb5f08def7d94eb5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (9, 4, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'b6d8834f2cfd9b8d56fffc546fd00bdca679144633faca34fc9b45f28f4b64ff');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '8513777adc9cbb98f0a01e66fcf0a56c6e8eb891f8186a39fc374563e8ac25e7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (11, 5, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:08:55.651757Z', 'c1fd8dbd3e746fbaf075be310c6270c86c7efc6d80a5a4b0a5eb6f51a0e2e9ac');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '2080a88e7b80fdacb82ef07e5d1e241007a61feffb2c2b515f96bcce25ec44bb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (13, 5, 'staff:1', 'assign', '{"assignee":"agent.education.kadiogo@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', '12bfde1618581d23d0ec8cf6d41783689347b2e192b898656dc5af1bc62fd796');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '390457b8da01ec5d76c39decdbd96a09f5ebd0ee01ba346253d663e90649d2d0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (15, 5, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '90e76b4d494be070076d6b2c9c2bc83153a383b48e058b4fbbcdb33ff559b5f8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (16, 6, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-ABSENCE","channel":"api","kind":"complaint","unit":"EDU-BF50"}', '2026-11-29T22:08:55.651757Z', 'b280edd697e34751b08bb08a11f6e05057cfe7979b79e652b01456def91a8385');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', 'd8b200e664fd9799fde8f9509cec8473015d1e8e9085880603e881aeb0ad75ec');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (18, 6, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'b4d21a72f7631821d3f83f999b428a5a5625f63851e8c9b85fef34066ab6ee78');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '7ced66f1d7c8381d32ea5cc2c45d099a35ec4cbc40f8795d2edb0d57c83a06f7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (20, 6, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', 'b98e81dc3ea33840d78464eb00ce1c7c5d00b3025700a76d4ca792f5f461ed6a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (21, 6, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:08:55.651757Z', '4c6e562eaaed7d539ae2bf381f16341c7107ecad68ac03386db79791d8cd38bd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (22, 7, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:08:55.651757Z', '8d6af162b320b067062a7286f38566d577adec7944aba81c010679fe10f66bed');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '385ebd54ed4b33112d00376264b84953f376d061b786928f3904258fc9cd2c82');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (24, 7, 'staff:1', 'assign', '{"assignee":"superviseur.education@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', '54e655be901b1a6e83fde25b53758823d4d0e5328fd66b79b2f3599e52a23b4f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '79405855c3b108eadc4bee2b54b8f5dc73d83547806599ccd0c20f8340aa5d9b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (26, 7, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '60367aa6bd448a2b8dff5c316731528368ea4d4370fffb76226296cf68dd5ac2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-29T22:08:55.651757Z', '16c6aa9a8caf299b99cb344eeb9cf82a95d17081bc858590646ca575a8188a8f');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (28, 8, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:08:55.651757Z', '919c387e9ed8c62278792e9281b273f786d677f61fe10789651184a70c3cab3c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (29, 8, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:08:55.651757Z', 'b653613f6a791228beb274fa953e7480a48a2830b65696874b0f75b5e2cb69a7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (30, 9, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:08:55.651757Z', '06bb4cb8aa178f17a683b94c502227fdea45223ecafa549e316a601ba3210598');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (31, 9, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:08:55.651757Z', '33b10bcf0da66f6ce78d57d7fadc5fd30e5d8ec0af912129f291055c602f51fa');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (32, 10, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:08:55.651757Z', '72d9e71ea776afbc5fde83dfaca2673f05e2598b792be82a798fb090ba5a332c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (33, 11, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"JUS-DELAY","channel":"api","kind":"denunciation","unit":"JUS-BF53"}', '2026-11-29T22:08:55.651757Z', '1b954b38efc211255bfe19303ed559253fc467a881102634f31b665c8dbbe4ca');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '6afede058b226198d3d10b3ef3b530dc3f0c260ee8520db0ca3cb0270552273d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (35, 12, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:08:55.651757Z', '614c2d84a27ce225171f00051f7af51c779313a56b0a39ac48b41f5c018c1f37');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', 'a468016da242411c94fc10294c4f01bb72f1df4a441e0625cddb87c8e2c13dda');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (37, 12, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'f7e2f6ff29ae6f43597c3b57923fcc32608ad67f9aed708f102d48540ab12fd7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (38, 13, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-FEES","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:08:55.651757Z', 'b4722096f381f47baf54d0988576953b80e48cda9496daf5af0f99e7109e3d81');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', 'e6d8a8e8185f6f847d59a96ef238a56a997f471fc4e428a0977d896c57b090df');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (40, 13, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', '79bd3e4d90c4041e4e6d46117b684fd1730df373fd1c24f9ce4fde933df78163');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', 'd0783b515cc54a4061d202b420d99ad2845f878d9594c7df769ce52ddf9a2000');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (42, 14, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:08:55.651757Z', 'ea698530b8d7c8d3ea9820d64e7efcd0d5673d0bd090a8e2ea947229a3ffa481');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '6281ab45489853c6e113c4ad698a30c04eee6084a0c85ff4ce69fc8f091d11f2');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (44, 14, 'staff:1', 'assign', '{"assignee":"agent.sante.guiriko@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'f4ad6fbff82ade5211be939a37a0fc3826335032c9c4b73bc56ad25c546f2ce3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', 'ae65536128bff251f08e351b506a001c09f8a7a7b77eeca953ec87ffe4c70ec1');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (46, 14, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '3f1c6b1bca47bb7c04b7de53313a189cf4adb9b261add8904510c7c1bc976f47');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (47, 15, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:08:55.651757Z', 'f59d6b38b6f3bc320776f7ed476e8f4e184a115c55244c39f62357fa2e9bedde');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '4a2218c94da555ffd36a085cf962d798fca1acb01fdfc1ddda01abdcde36f2bd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (49, 15, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'bbd536d842c09d6e234d006dd7e8772c7d54cf1edc3fef58d438e4b7177dc019');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', 'f46f64a8a97de1c24806b3d9cf74c431cfea9c8616d3e3dc806f9e90fe04ea7a');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (51, 15, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '807268468c3ab9c52218b5da3e9c31cc7a7a8a9470a77abc0068b43d156496c7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (52, 15, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:08:55.651757Z', '941486477d69e1736bfc3158a28d2b53bdf9868bbf95787b8039c37b10adbb90');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (53, 16, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-ABSENCE","channel":"api","kind":"complaint","unit":"SAN-BF49"}', '2026-11-29T22:08:55.651757Z', '44f6792f2bb7a0789c864c835a59a2d7eee0cb3552ea2ab8a356a85abecd9a31');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '1cfe8844136021846235cdf7ccdc3416d830b36240857b4404057e50efb0e001');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (55, 16, 'staff:1', 'assign', '{"assignee":"superviseur.sante@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'df457e8311d37376c4a753561ef69184e9d6c5dbfb4d9b4394065f7b38fea1bb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '6775635c8d0affe5a12608e3e4246bf08c5d54753690fdb85b7305871c7f497d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (57, 16, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '0908d5612799080966fc23dc5ac7a658293a40d208ade4686f3cabf52323f080');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-29T22:08:55.651757Z', 'd8ea16d3f6bfc5d1e6293ea90a0745ab4d5425c1f457fa26d40ef388508a6535');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (59, 17, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-FEES","channel":"api","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:08:55.651757Z', 'fca1c3160ae96399119637ea92eafc300e1e3e24c5d656115f9100aef8b38afb');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (60, 17, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:08:55.651757Z', 'c46b16765a7bf0601eeefe7a8ed264b51acc1a91445f5fe68e47a30b369e1d89');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (61, 18, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-ABSENCE","channel":"api","kind":"denunciation","unit":"EDU-BF50"}', '2026-11-29T22:08:55.651757Z', 'fe447c9122080c9d2b2b8d21b17dc9e9d71197b15e1ff0b0c400f1880547b92e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (62, 18, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:08:55.651757Z', 'c82a55b126f876f07b09624f29cdcf4a1c2a95f9619d11e344867dc503286bfd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (63, 19, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-CANTEEN","channel":"api","kind":"complaint","unit":"EDU-BF54"}', '2026-11-29T22:08:55.651757Z', '293d1b302554fcf6851949754fd78cb25827e4f1aebdef713e67fd591105e800');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (64, 20, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-EXAMS","channel":"api","kind":"complaint","unit":"EDU-BF64"}', '2026-11-29T22:08:55.651757Z', '8c4eebb203c1a664dc12500a231520bd0f9cc8be6a5166836ebe30d81f1daf8c');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '36988046c6ff49ce1e7d258d03d053c6af405d3775de00bc050a60b3bd3fe132');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (66, 21, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"FP-CAREER","channel":"api","kind":"complaint","unit":"FP-BF13"}', '2026-11-29T22:08:55.651757Z', '3efaf7dba994f523104c52de8abbe7f74a4993a6c20f39826418a3f30ab99838');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '3a3c1a5ec51f703ed6e9639bc4e36ed063e4ecf6f93d6cb0f64a4f45ed26c19e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (68, 21, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'bd89bab714700e974835af57aa443b50ae2b2c69d3df383fbd18caf048bdf29b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (69, 22, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"FP-DOCS","channel":"api","kind":"complaint","unit":"FP-BF57"}', '2026-11-29T22:08:55.651757Z', 'ed06abb004165dee69bb08d6fcf7c2ccbe1b98c14d7371d75ec4aa8912c19fa5');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '1d77a2793bc8b20a3a34f9d0f4fd592c3bda7ac587b3e1d470d4a03d1aedbfcd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (71, 22, 'staff:1', 'assign', '{"assignee":"superviseur.fp@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', '280af8c503f680c663c9e09aededee793a8d91a9004f2276299f26000ecd55e0');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', 'add3a8a900b71714ec2270fc593cce8bf08c91233929d0c983ad18d72a9eac67');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (73, 23, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"JUS-DELAY","channel":"api","kind":"complaint","unit":"JUS-BF53"}', '2026-11-29T22:08:55.651757Z', '1e48ea35694185a7a52a79b8590a6c9d03d5909e16a6dc05f1904fa663ddedb3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '91563dca1125d5a440d9a1025d671f66740e9d3601fe1f2e4bc256a11015cb48');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (75, 23, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', '801ac99be6c918720dcec11eeb0b75780caa0df9e3d7e6bdf6ad69dbf9e3a1c6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', 'd25567d4a7f5a6be691e5b30f6050d15a80eb5024c15d1b423e47ad998a1f740');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (77, 23, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '6cf8cbd42353f5a15912f0885523ef07c01e55814bd755d389bc56c79359d93b');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (78, 24, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"JUS-DOCS","channel":"api","kind":"complaint","unit":"JUS-BF63"}', '2026-11-29T22:08:55.651757Z', '1b0496b0c585797e30518406502abe3b1995d7b59dd4d9994d261e26be07bafd');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '1e2d9a1bb8c139a098c9297901f3fdd53d85c770278bb6c28cd9c35abd3b385e');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (80, 24, 'staff:1', 'assign', '{"assignee":"superviseur.justice@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'cd9c347b70c07d9ffec5864dafe3f23c97a88a1b58759aea728f9ea0b0c9bb64');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '2fcf78b53f3aa39e400f761fd9e53fbdc46dc58f40c3dbfdd9415c6e9867c13d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (82, 24, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', 'caa0006ab2ce2c8eb7effbae7f5f41add58a630177efe5d9a7ca4185ecabeb83');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (83, 24, 'complainant', 'appeal', '{"reason":"Rien n''a changé sur place depuis la réponse."}', '2026-11-29T22:08:55.651757Z', 'c8fc4c0932dee94cf3f0ac38f785bba86f4fe7c4f5b468b83b8f1c38512e94a3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (84, 25, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-FEES","channel":"api","kind":"denunciation","unit":"SAN-BF13"}', '2026-11-29T22:08:55.651757Z', '8c9699af7d83c72be4ea75b91992011c603d4fb636361c871fdd62d9db017eb3');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-29T22:08:55.651757Z', '8b9c8a16336d6fe7629e7593406d87f687cf9d243c296f9a12cc22062f1115d7');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (86, 25, 'staff:1', 'assign', '{"assignee":"agent.sante.kadiogo@demo.redress.bf"}', '2026-11-29T22:08:55.651757Z', 'a4b6dfc985de6c900b0b02637e59e65aaf4c4226d0c8fe73419b141752fe2f8d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-29T22:08:55.651757Z', '6324e76770c633d21ec88ac8a215106790ac36f1b7f15db6e82f650164ca8d93');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (88, 25, 'staff:1', 'answer', '{"message":"Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-29T22:08:55.651757Z', '18ea5c72df00d590bc29f465819f9978698a79e8b3db9240ea0401a0c98f82ee');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-29T22:08:55.651757Z', '65c1c0365ecd1e5468acc54c157496f308b3804084ee833d8ea5fe7c58ecc4ee');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (90, 26, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-STOCKOUT","channel":"api","kind":"complaint","unit":"SAN-BF53"}', '2026-11-29T22:08:55.651757Z', '5fc36f26326dac35ebd3f7d030e8aac2a625a9a8d287453eb2fa80b0654eb7b6');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (91, 26, 'staff:1', 'reject', '{"reason":"La plainte ne concerne pas un service public de ce ministère."}', '2026-11-29T22:08:55.651757Z', '06372e2a20f3bdeb736f6d5bbdbcece23a52d73c9f3ae90a946bc8fa188705c8');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (92, 27, 'public', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"SAN-WAIT","channel":"api","kind":"complaint","unit":"SAN-BF13"}', '2026-11-29T22:08:55.651757Z', 'e46e428539e340558ab2b2abb3d049c6787941572f19529584f228a8b1509791');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (93, 27, 'complainant', 'withdraw', '{"reason":"Le problème a été réglé."}', '2026-11-29T22:08:55.651757Z', '859f276c0de674db23d90f3030f03b1fe8945cb41e58a378f569e19b22dee819');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (94, 28, 'staff:1', 'received', '{"acknowledge_by":"2026-12-02","answer_by":"2026-12-09","category":"EDU-FEES","channel":"walk_in","kind":"complaint","unit":"EDU-BF13"}', '2026-11-29T22:08:56.69556Z', '9368e10d53661672b45e3b042c7c255f57238c5c5db5018f0447fa9f209ff85d');
INSERT INTO "complaint_events" ("seq", "complaint_id", "actor", "action", "data", "at", "hash") VALUES (95, 28, 'staff:1', 'note', '{"text":"Appelé le directeur."}', '2026-11-29T22:08:56.730381Z', '9eafb9f02137a64df9e134f463ed7396dcab6ed15561cb5cc30e41b8f58b30ae');
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 95, '9eafb9f02137a64df9e134f463ed7396dcab6ed15561cb5cc30e41b8f58b30ae');
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
COMMIT;
