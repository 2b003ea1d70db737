-- The 2009 campaign « Vos libertés, votre sécurité : parlons-en ensemble »: forums from 16 March to 18 May 2009,
-- departmental syntheses due on 22 May 2009. Later campaigns are created through the API, not here.
INSERT INTO campaign (code, title, starts_on, ends_on, synthesis_due_on)
VALUES ('2009', 'Vos libertés, votre sécurité : parlons-en ensemble', '2009-03-16', '2009-05-18', '2009-05-22');
SET @c = LAST_INSERT_ID();

INSERT INTO campaign_theme (campaign_id, code, title, position)
VALUES (@c, 'devoir', 'La sécurité, un devoir vis-à-vis de nos concitoyens', 1);
SET @t1 = LAST_INSERT_ID();
INSERT INTO campaign_theme (campaign_id, code, title, position)
VALUES (@c, 'partage', 'La sécurité, une responsabilité partagée', 2);
SET @t2 = LAST_INSERT_ID();

INSERT INTO campaign_topic (campaign_id, theme_id, code, title, group_title, keywords, position) VALUES
(@c, @t1, 'modernisation.videoprotection', 'Vidéo-protection', 'Modernisation',
 'vidéoprotection,vidéo-protection,vidéosurveillance,caméra,caméras,images,surveillance', 1),
(@c, @t1, 'modernisation.fichiers', 'Fichiers de police', 'Modernisation',
 'fichier,fichiers,STIC,EDVIGE,CNIL,données personnelles,fichage,casier', 2),
(@c, @t1, 'modernisation.cybercriminalite', 'Cybercriminalité', 'Modernisation',
 'internet,cybercriminalité,escroquerie en ligne,arnaque,piratage,réseaux sociaux,pédopornographie,informatique', 3),
(@c, @t1, 'modernisation.pts', 'Police technique et scientifique', 'Modernisation',
 'police scientifique,police technique,ADN,empreintes,traces,preuve,élucidation', 4),
(@c, @t1, 'modernisation.ordre-public', 'Ordre public et manifestations', 'Modernisation',
 'manifestation,manifestations,ordre public,rassemblement,émeute,violences urbaines,CRS,maintien de l''ordre', 5),
(@c, @t1, 'proximite.cambriolages', 'Délinquance de voie publique et cambriolages', 'Proximité',
 'cambriolage,cambriolages,vol,vols,effraction,dégradations,délinquance,incivilités,tags,vandalisme', 6),
(@c, @t1, 'proximite.securite-routiere', 'Sécurité routière', 'Proximité',
 'vitesse,radar,route,routière,accident,alcool au volant,stationnement,circulation,permis,contrôles routiers', 7),
(@c, @t1, 'proximite.violences-intrafamiliales', 'Violences intrafamiliales', 'Proximité',
 'violences conjugales,violences intrafamiliales,femmes battues,maltraitance,enfants,conjoint,famille', 8),
(@c, @t1, 'proximite.stupefiants', 'Stupéfiants', 'Proximité',
 'drogue,drogues,stupéfiants,cannabis,trafic,deal,dealers,toxicomanie,héroïne', 9),
(@c, @t1, 'proximite.aide-victimes', 'Aide aux victimes', 'Proximité',
 'victime,victimes,aide aux victimes,accompagnement,indemnisation,soutien psychologique,plainte', 10),
(@c, @t1, 'proximite.pre-plainte', 'Démarches et pré-plaintes en ligne', 'Proximité',
 'pré-plainte,préplainte,en ligne,démarche,démarches,internet,formulaire,rendez-vous', 11),
(@c, @t1, 'proximite.presence', 'Présence et visibilité', 'Proximité',
 'présence,visibilité,patrouille,patrouilles,îlotage,policiers,gendarmes,brigade,fermeture,nuit', 12),
(@c, @t1, 'proximite.accueil', 'Accueil du public', 'Proximité',
 'accueil,commissariat,gendarmerie,guichet,attente,horaires,dépôt de plainte,téléphone,17', 13),
(@c, @t2, 'partage.clspd', 'Prévention et partenariat (CLSPD)', 'Responsabilité partagée',
 'CLSPD,prévention,partenariat,conseil local,contrat local de sécurité,coordination,maire', 14),
(@c, @t2, 'partage.polices-municipales', 'Polices municipales', 'Responsabilité partagée',
 'police municipale,polices municipales,policiers municipaux,garde champêtre,maire,commune', 15),
(@c, @t2, 'partage.securite-privee', 'Sécurité privée', 'Responsabilité partagée',
 'sécurité privée,agents de sécurité,vigiles,gardiennage,société de sécurité,transport de fonds', 16),
(@c, @t2, 'partage.reseaux-acteurs', 'Réseaux d''acteurs territoriaux', 'Responsabilité partagée',
 'réseau,réseaux,bailleurs,transporteurs,commerçants,éducation nationale,associations,acteurs', 17),
(@c, @t2, 'partage.jeunesse', 'Jeunesse', 'Responsabilité partagée',
 'jeunes,jeunesse,mineurs,adolescents,collège,lycée,école,éducation,parents,bandes', 18),
(@c, @t2, 'partage.role-citoyen', 'Rôle du citoyen', 'Responsabilité partagée',
 'citoyen,citoyens,voisins vigilants,vigilance,participation,civisme,signalement,solidarité,réserve civile', 19);
