import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { ClauseText } from '../../common/plain-text.validator.js';

/** A decision's clauses in a body: 1 to 500, each one paragraph of clause text (the Office's edit, or a language version). */
export const ClauseList = (description: string) =>
  applyDecorators(
    ApiProperty({ type: [String], description }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(500),
    IsString({ each: true }),
    MaxLength(20000, { each: true }),
    ClauseText({ each: true }),
  );
