#!/usr/bin/env python3
"""Writes the Studio's error texts (src/Studio/src/features/errors/i18n/*.json) from the API's catalog
(src/Api/Infrastructure/Problems/Catalog/errors.{zh-CN,en}.json), so both speak of the same codes with the same
arguments. Run after adding a code; StudioErrorTextsTests fails when they differ."""
import json, os, re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
catalog = os.path.join(root, 'src/Api/Infrastructure/Problems/Catalog')
trees = {'zh-CN': {}, 'en': {}}
for language, tree in trees.items():
    with open(os.path.join(catalog, f'errors.{language}.json'), encoding='utf-8') as f:
        texts = json.load(f)
    for code, text in texts.items():
        node = tree.setdefault('errors', {})
        parts = code.split('.')
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = re.sub(r'\{([A-Za-z][A-Za-z0-9]*)\}', r'{{\1}}', text)
# Arguments that are terms (a status, a material kind, a service) arrive as their enum names; these are their names.
TERMS = {"zh-CN": {"Draft": "草稿", "Submitted": "已提交", "UnderReview": "审核中", "SupplementRequested": "待补充材料", "Approved": "已通过", "Rejected": "未通过", "Completed": "已办结", "Withdrawn": "已撤回", "IdCardFront": "身份证正面", "IdCardBack": "身份证反面", "HouseholdRegister": "户口本复印件", "IdCardCopy": "身份证复印件", "NewEnrollment": "新参保", "Resumption": "续保", "Suspension": "停保"}, "en": {"Draft": "a draft", "Submitted": "submitted", "UnderReview": "under review", "SupplementRequested": "waiting for materials", "Approved": "approved", "Rejected": "rejected", "Completed": "completed", "Withdrawn": "withdrawn", "IdCardFront": "ID card front", "IdCardBack": "ID card back", "HouseholdRegister": "household register copy", "IdCardCopy": "ID card copy", "NewEnrollment": "new enrollment", "Resumption": "resumption", "Suspension": "suspension"}}
for language, tree in trees.items():
    tree['errorTerms'] = TERMS[language]
    with open(os.path.join(root, f'src/Studio/src/features/errors/i18n/{language}.json'), 'w', encoding='utf-8') as f:
        json.dump(tree, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write('\n')
