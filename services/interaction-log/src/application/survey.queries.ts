import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import { satisfactionFigures, type SatisfactionFigures } from '../domain/satisfaction';
import type { Survey } from '../domain/survey';
import { SurveyRepository, type SatisfactionGrouping } from './survey.repository';

export interface SatisfactionReport {
  from: Date;
  to: Date;
  groupBy?: SatisfactionGrouping;
  overall: SatisfactionFigures;
  groups: (SatisfactionFigures & { group: string })[];
}

const NO_ANSWERS = {
  responses: 0,
  npsResponses: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  csatResponses: 0,
  csatSum: 0,
};

@Injectable()
export class SurveyQueries {
  constructor(private readonly surveys: SurveyRepository) {}

  async get(id: string): Promise<Survey> {
    const survey = await this.surveys.get(id);
    if (!survey) throw new NotFoundError('SURVEY_NOT_FOUND', `no survey ${id}`);
    return survey;
  }

  async satisfaction(from: Date, to: Date, groupBy?: SatisfactionGrouping): Promise<SatisfactionReport> {
    const [{ group: _all, ...overall } = { group: 'all', ...NO_ANSWERS }] = await this.surveys.scoreCounts(
      from,
      to,
    );
    const groups = groupBy ? await this.surveys.scoreCounts(from, to, groupBy) : [];
    return {
      from,
      to,
      ...(groupBy ? { groupBy } : {}),
      overall: satisfactionFigures(overall),
      groups: groups.map(({ group, ...counts }) => ({ group, ...satisfactionFigures(counts) })),
    };
  }
}
