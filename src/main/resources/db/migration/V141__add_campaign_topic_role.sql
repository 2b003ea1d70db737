-- What each sub-topic is about, as campaign data that topic suggestion reads (TopicKeywords.Role):
--   'measure' : a specific measure or tool with its own sub-topic (cameras, municipal police, online complaints);
--   'problem' : a problem or a public (burglaries and incivilités, drugs, road safety, young people);
--   'generic' : a generic means ("more police", patrols, presence) that decides only when nothing more specific
--               is said: when a statement also names a problem or a specific measure, that one is suggested.
-- NULL: no role, the topic is ranked on its score alone. Campaigns created later set their own roles.
ALTER TABLE campaign_topic ADD COLUMN role VARCHAR(20) NULL;
UPDATE campaign_topic SET role = 'measure'
WHERE campaign_id = (SELECT id FROM campaign WHERE code = '2009')
  AND code IN ('modernisation.videoprotection', 'modernisation.fichiers', 'modernisation.pts', 'proximite.pre-plainte',
               'proximite.accueil', 'proximite.aide-victimes', 'partage.clspd', 'partage.polices-municipales',
               'partage.securite-privee');
UPDATE campaign_topic SET role = 'problem'
WHERE campaign_id = (SELECT id FROM campaign WHERE code = '2009')
  AND code IN ('modernisation.cybercriminalite', 'modernisation.ordre-public', 'proximite.cambriolages',
               'proximite.securite-routiere', 'proximite.violences-intrafamiliales', 'proximite.stupefiants',
               'partage.jeunesse');
UPDATE campaign_topic SET role = 'generic'
WHERE campaign_id = (SELECT id FROM campaign WHERE code = '2009') AND code = 'proximite.presence';
